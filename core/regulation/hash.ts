// A short, stable name for a piece of text, for provision IDs. Not cryptographic: IDs
// only need to differ between the provisions of one regulation and stay the same when
// the same text is parsed again, in any process.

const FNV_PRIME = 0x01000193;

function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, FNV_PRIME) >>> 0;
  }
  return hash >>> 0;
}

/** Twelve hex characters (48 bits) derived from the text's UTF-16 code units. */
export function shortHash(text: string): string {
  const high = fnv1a(text, 0x811c9dc5).toString(16).padStart(8, '0');
  const low = fnv1a(text, 0x2545f491).toString(16).padStart(8, '0');
  return high + low.slice(0, 4);
}
