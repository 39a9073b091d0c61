import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { repoRoot } from './paths.js';

// The renderer's own message catalogues, so the tests check the words a member reads
// without keeping a second copy of them.

type Catalogue = { [key: string]: string | Catalogue };

const catalogues = new Map<string, Catalogue>();

export function message(language: 'zh-CN' | 'en', key: string): string {
  let catalogue = catalogues.get(language);
  if (!catalogue) {
    const path = join(repoRoot, 'renderer', 'i18n', `${language}.json`);
    catalogue = JSON.parse(readFileSync(path, 'utf8')) as Catalogue;
    catalogues.set(language, catalogue);
  }

  let value: string | Catalogue | undefined = catalogue;
  for (const part of key.split('.')) value = typeof value === 'object' ? value[part] : undefined;

  if (typeof value !== 'string') throw new Error(`no ${language} message for ${key}`);
  return value;
}

/** A message with its {{placeholders}} filled in, as i18next would. */
export function formatMessage(
  language: 'zh-CN' | 'en',
  key: string,
  values: Readonly<Record<string, string | number>>,
): string {
  return message(language, key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${key} needs a value for ${name}`);
    return String(value);
  });
}
