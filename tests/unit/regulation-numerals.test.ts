import { describe, expect, it } from 'vitest';

import { parseChineseNumber, toChineseNumeral } from '../../core/regulation/numerals.js';

// Numerals as the official texts print them (第一千二百六十条) and as drafts type them.

describe('Chinese numerals', () => {
  it('round-trips every article number from 1 to 1300', () => {
    for (let value = 1; value <= 1300; value += 1) {
      expect(parseChineseNumber(toChineseNumeral(value))).toBe(value);
    }
  });

  it('writes numbers in the style of the official texts', () => {
    expect(toChineseNumeral(1)).toBe('一');
    expect(toChineseNumeral(10)).toBe('十');
    expect(toChineseNumeral(12)).toBe('十二');
    expect(toChineseNumeral(20)).toBe('二十');
    expect(toChineseNumeral(101)).toBe('一百零一');
    expect(toChineseNumeral(110)).toBe('一百一十');
    expect(toChineseNumeral(115)).toBe('一百一十五');
    expect(toChineseNumeral(1001)).toBe('一千零一');
    expect(toChineseNumeral(1010)).toBe('一千零一十');
    expect(toChineseNumeral(1100)).toBe('一千一百');
    expect(toChineseNumeral(1260)).toBe('一千二百六十');
    expect(toChineseNumeral(2000)).toBe('二千');
  });

  it('goes beyond a thousand articles into 万 and 亿', () => {
    expect(toChineseNumeral(10_000)).toBe('一万');
    expect(toChineseNumeral(10_001)).toBe('一万零一');
    expect(toChineseNumeral(100_010)).toBe('十万零一十');
    expect(toChineseNumeral(123_456)).toBe('十二万三千四百五十六');
    expect(toChineseNumeral(100_000_001)).toBe('一亿零一');
    for (const value of [10_000, 10_001, 100_010, 123_456, 2_000_300, 100_000_001]) {
      expect(parseChineseNumber(toChineseNumeral(value))).toBe(value);
    }
  });

  it('reads the variants drafts contain', () => {
    expect(parseChineseNumber('一十')).toBe(10);
    expect(parseChineseNumber('一十二')).toBe(12);
    expect(parseChineseNumber('两百')).toBe(200);
    expect(parseChineseNumber('两千零二')).toBe(2002);
    expect(parseChineseNumber('一千〇一')).toBe(1001);
    expect(parseChineseNumber('二〇二〇')).toBe(2020);
    expect(parseChineseNumber('〇')).toBe(0);
    expect(parseChineseNumber('零')).toBe(0);
    expect(parseChineseNumber('12')).toBe(12);
    expect(parseChineseNumber('１２６０')).toBe(1260);
    expect(parseChineseNumber(' 三 ')).toBe(3);
  });

  it('rejects what is not a numeral', () => {
    for (const text of [
      '',
      '条',
      '十十',
      '二三十',
      '百',
      '千二',
      '十百',
      '一万一亿',
      '万',
      '一x',
    ]) {
      expect(parseChineseNumber(text), text).toBeUndefined();
    }
  });

  it('has no numeral for negative or fractional numbers', () => {
    expect(() => toChineseNumeral(-1)).toThrow(RangeError);
    expect(() => toChineseNumeral(1.5)).toThrow(RangeError);
    expect(toChineseNumeral(0)).toBe('零');
  });
});
