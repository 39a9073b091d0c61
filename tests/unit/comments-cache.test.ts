import { describe, expect, it } from 'vitest';

import { parseRegulation, type Regulation } from '../../core/regulation/index.js';
import { err, ok, type Result } from '../../core/result.js';
import { createRegulationCache } from '../../main/services/comments/regulation-cache.js';
import { law2006, law2024 } from './comments-fixture.js';

const SHA_A = 'a'.repeat(64);
const SHA_B = 'b'.repeat(64);

function counted(text: string) {
  const loader = {
    calls: 0,
    load: (): Result<Regulation> => {
      loader.calls += 1;
      return ok(parseRegulation(text));
    },
  };
  return loader;
}

describe('the in-memory cache of parsed texts', () => {
  it('parses a material once per checksum', () => {
    const cache = createRegulationCache();
    const loader = counted(law2024);

    const first = cache.regulation({ id: 'x-1', sha256: SHA_A }, loader.load);
    const again = cache.regulation({ id: 'x-1', sha256: SHA_A }, loader.load);
    expect(loader.calls).toBe(1);
    expect(again).toEqual(first);

    cache.regulation({ id: 'x-1', sha256: SHA_B }, loader.load);
    expect(loader.calls).toBe(2);
  });

  it('does not remember a failed load, and forgets everything when cleared', () => {
    const cache = createRegulationCache();
    const key = { id: 'x-1', sha256: SHA_A };

    expect(cache.regulation(key, () => err('profile.corrupt'))).toMatchObject({ ok: false });
    const loader = counted(law2006);
    expect(cache.regulation(key, loader.load)).toMatchObject({ ok: true });
    expect(loader.calls).toBe(1);

    cache.clear();
    cache.regulation(key, loader.load);
    expect(loader.calls).toBe(2);
  });

  it('keeps the eight most recently used texts', () => {
    const cache = createRegulationCache();
    const loader = counted(law2006);
    const key = (n: number) => ({ id: `x-${n}`, sha256: SHA_A });

    for (let n = 1; n <= 8; n += 1) cache.regulation(key(n), loader.load);
    cache.regulation(key(1), loader.load);
    cache.regulation(key(9), loader.load);
    expect(loader.calls).toBe(9);

    cache.regulation(key(1), loader.load);
    expect(loader.calls).toBe(9);
    cache.regulation(key(2), loader.load);
    expect(loader.calls).toBe(10);
  });
});
