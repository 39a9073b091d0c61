import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { err } from '../../core/result.js';
import { errorCodes, errorInterpolation, errorMessageKey } from '../../renderer/i18n/errors.js';

// Every message the renderer shows lives in the i18n resources; these tests read the real
// resource files the build bundles.

type Resources = { [key: string]: string | Resources };

function load(language: string): Resources {
  const url = new URL(`../../renderer/i18n/${language}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Resources;
}

// Plural forms (key_one, key_other) count as one key.
function keys(resources: Resources, prefix = ''): string[] {
  return Object.entries(resources).flatMap(([key, value]) => {
    const path = prefix + key.replace(/_(zero|one|two|few|many|other)$/, '');
    return typeof value === 'string' ? [path] : keys(value, `${path}.`);
  });
}

function lookup(resources: Resources, path: string): string | undefined {
  let node: string | Resources | undefined = resources;
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

const zh = load('zh-CN');
const en = load('en');

describe('i18n resources', () => {
  it('give Chinese and English the same set of messages', () => {
    expect([...new Set(keys(en))].sort()).toEqual([...new Set(keys(zh))].sort());
  });

  it('have a Chinese and an English message for every error code main can return', () => {
    for (const code of Object.keys(errorCodes) as (keyof typeof errorCodes)[]) {
      const key = errorMessageKey(code).replace(/^errors\./, 'errors.');
      expect(lookup(zh, key), `zh-CN ${code}`).toMatch(/\p{Script=Han}/u);
      expect(lookup(en, key), `en ${code}`).toMatch(/[a-z]/);
    }
  });

  it('tell a throttled member the wait in whole seconds, rounded up', () => {
    const error = err('profile.throttled', undefined, { retryAfterMs: 4_200 });
    if (error.ok) throw new Error('err() returned ok');

    expect(lookup(zh, 'errors.profile.throttled')).toContain('{{seconds}}');
    expect(errorInterpolation(error.error)['seconds']).toBe(5);
  });
});
