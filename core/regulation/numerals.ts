// Chinese numerals as legal texts write them (第一千二百六十条, 第一百一十条, 第一千零一条)
// and as people type them in drafts (一十, 两, 〇, full-width or ASCII digits).

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

// Units below 万 form a group; 万 and 亿 multiply the group before them.
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const LARGE_UNITS: Readonly<Record<string, number>> = { 万: 10_000, 亿: 100_000_000 };

const WRITTEN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** Characters that may appear in a numeral accepted by `parseChineseNumber`. */
export const NUMERAL_CHARACTERS = '零〇一二两三四五六七八九十百千万亿0-9０-９';

/**
 * The integer a numeral names, or undefined when the text is not a well-formed numeral.
 * Accepts 十 and 一十, 两, 〇 for 零, digit-by-digit forms (二〇二〇), and ASCII or
 * full-width digits.
 */
export function parseChineseNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;

  const arabic = toAsciiDigits(trimmed);
  if (/^[0-9]+$/.test(arabic)) return Number(arabic);

  if ([...trimmed].every((char) => DIGITS[char] !== undefined) && trimmed.length > 1) {
    return Number([...trimmed].map((char) => DIGITS[char]).join(''));
  }

  return parseWithUnits(trimmed);
}

function toAsciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (char) => String(char.charCodeAt(0) - 0xff10));
}

function parseWithUnits(text: string): number | undefined {
  let total = 0; // completed 亿 and 万 groups
  let group = 0; // the group below 万 being read
  let digit: number | undefined; // a digit waiting for its unit
  let lastSmallUnit = Infinity; // units inside a group must descend (千 > 百 > 十)
  let lastLargeUnit = Infinity;
  let sawZero = false;

  for (const char of text) {
    const value = DIGITS[char];
    if (value !== undefined) {
      if (digit !== undefined && !(digit === 0 || value === 0)) return undefined; // 二三
      if (value === 0) sawZero = true;
      digit = value === 0 ? (digit ?? 0) : value;
      continue;
    }

    const small = SMALL_UNITS[char];
    if (small !== undefined) {
      if (small >= lastSmallUnit) return undefined; // 十百, 百百
      // A bare 十 means 一十 ('十二'); a bare 百 or 千 is not a numeral anyone writes.
      if ((digit === undefined || digit === 0) && small !== 10) return undefined;
      group += (digit === undefined || digit === 0 ? 1 : digit) * small;
      lastSmallUnit = small;
      digit = undefined;
      continue;
    }

    const large = LARGE_UNITS[char];
    if (large === undefined || large >= lastLargeUnit) return undefined;
    const groupValue = group + (digit ?? 0);
    if (groupValue === 0) return undefined; // 万 with nothing before it
    total += groupValue * large;
    lastLargeUnit = large;
    group = 0;
    digit = undefined;
    lastSmallUnit = Infinity;
  }

  const result = total + group + (digit ?? 0);
  if (result === 0 && !sawZero) return undefined;
  return result;
}

/**
 * The numeral legal texts use for `value`: 十, 十一, 一百一十, 一千零一, 一万零一百.
 * Only non-negative safe integers have one.
 */
export function toChineseNumeral(value: number): string {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`No Chinese numeral for ${value}`);
  }
  if (value === 0) return '零';

  const yi = Math.floor(value / 100_000_000);
  const wan = Math.floor((value % 100_000_000) / 10_000);
  const rest = value % 10_000;

  // Each group is written with its own units; a gap before a non-empty group reads 零.
  const groups: Array<readonly [number, string]> = [
    [yi, '亿'],
    [wan, '万'],
    [rest, ''],
  ];
  let written = '';
  let needZero = false;
  for (const [group, unit] of groups) {
    if (group === 0) {
      needZero = written !== '';
      continue;
    }
    const leadingGap = written !== '' && group < 1000;
    if (needZero || leadingGap) written += '零';
    written += writeGroup(group, written === '') + unit;
    needZero = false;
  }
  return written;
}

// One group of up to four digits. 十 alone starts a number (十二), but inside one it
// takes its digit (一百一十二), as the official texts write it.
function writeGroup(group: number, startsNumber: boolean): string {
  const places: Array<readonly [number, string]> = [
    [Math.floor(group / 1000), '千'],
    [Math.floor(group / 100) % 10, '百'],
    [Math.floor(group / 10) % 10, '十'],
    [group % 10, ''],
  ];

  let text = '';
  let pendingZero = false;
  for (const [digit, unit] of places) {
    if (digit === 0) {
      pendingZero = text !== '';
      continue;
    }
    if (pendingZero) text += '零';
    pendingZero = false;
    const bareTen = unit === '十' && digit === 1 && text === '' && startsNumber;
    text += (bareTen ? '' : WRITTEN_DIGITS[digit]) + unit;
  }
  return text;
}
