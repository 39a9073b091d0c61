import type { TFunction } from 'i18next';

import type { ReferenceWarning } from '../../core/regulation/index.js';
import { toChineseNumeral } from '../../core/regulation/numerals.js';

// Labels the comparison screen builds from numbers: Chinese legal numbering in Chinese
// (第十二条, 第二款), plain numbers in English.

export function articleLabel(t: TFunction, number: number): string {
  return t('regulation.articleLabel', { number, numeral: toChineseNumeral(number) });
}

export function paragraphLabel(t: TFunction, number: number): string {
  return t('regulation.paragraphLabel', { number, numeral: toChineseNumeral(number) });
}

export function articleList(t: TFunction, numbers: readonly number[]): string {
  return numbers.map((number) => articleLabel(t, number)).join(t('regulation.listSeparator'));
}

export function warningText(t: TFunction, warning: ReferenceWarning): string {
  return t(`regulation.warning.${warning.kind}`, {
    text: warning.reference.text,
    number: warning.number,
    numeral: toChineseNumeral(warning.number),
    current: articleList(t, warning.currentNumbers),
  });
}
