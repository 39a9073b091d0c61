// Whitespace in Chinese legal text carries no meaning: U+3000 pads two-character headings
// (总\u3000则) and editors leave stray spaces. Nor does the width of a character: ':' and '：',
// '(' and '（', '1' and '１' are the same text typed on different keyboards. Comparison
// ignores both; display keeps a space only where Latin words would otherwise run together.

const WHITESPACE = /\s+/gu; // \s covers U+3000, U+00A0 and the BOM

/** The text with every whitespace character removed. */
export function compactText(text: string): string {
  return text.replace(WHITESPACE, '');
}

/**
 * The form two versions are compared in: whitespace removed and compatibility variants
 * folded (NFKC: full-width punctuation and digits, CJK compatibility ideographs).
 */
export function comparableText(text: string): string {
  return compactText(text.normalize('NFKC'));
}

/** The text as a reader should see it: trimmed, spaces only between ASCII words. */
export function readableText(text: string): string {
  return text.trim().replace(WHITESPACE, (run, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? '';
    const after = whole[offset + run.length] ?? '';
    return /[A-Za-z0-9]/.test(before) && /[A-Za-z0-9]/.test(after) ? ' ' : '';
  });
}
