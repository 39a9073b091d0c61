// Trace IDs (溯源码): the short code drawn into every watermark so a leaked copy can be traced
// to its recipient. 40 bits written as 8 symbols of Crockford's base32
// (https://www.crockford.com/base32.html), shown as 'ABCD-EFGH'. The alphabet has no I, L, O
// or U, so a code read off a photo or typed by hand survives the usual confusions. There is
// no check symbol: a mistyped code simply resolves to nothing in the clerk's records.

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const SYMBOLS = 8;

export const TRACE_ID_BYTES = 5;

/** Writes the first five bytes of `bytes` (an HMAC digest, say) as a trace ID. */
export function encodeTraceId(bytes: Uint8Array): string {
  if (bytes.length < TRACE_ID_BYTES) throw new Error('a trace ID needs five bytes');

  let bits = 0n;
  for (let i = 0; i < TRACE_ID_BYTES; i += 1) bits = (bits << 8n) | BigInt(bytes[i] ?? 0);

  let symbols = '';
  for (let i = SYMBOLS - 1; i >= 0; i -= 1) {
    symbols += ALPHABET[Number((bits >> BigInt(i * 5)) & 31n)];
  }
  return `${symbols.slice(0, 4)}-${symbols.slice(4)}`;
}

/**
 * Reads a trace ID as a person typed it: any case, with or without the hyphen or spaces,
 * O for 0 and I or L for 1. Returns the five bytes, or null when it is not a trace ID.
 */
export function decodeTraceId(text: string): Uint8Array | null {
  const symbols = normalizeSymbols(text);
  if (symbols === null) return null;

  let bits = 0n;
  for (const symbol of symbols) bits = (bits << 5n) | BigInt(ALPHABET.indexOf(symbol));

  const bytes = new Uint8Array(TRACE_ID_BYTES);
  for (let i = TRACE_ID_BYTES - 1; i >= 0; i -= 1) {
    bytes[i] = Number(bits & 0xffn);
    bits >>= 8n;
  }
  return bytes;
}

/** The canonical 'ABCD-EFGH' form of a typed trace ID, or null when it is not one. */
export function normalizeTraceId(text: string): string | null {
  const bytes = decodeTraceId(text);
  return bytes === null ? null : encodeTraceId(bytes);
}

/**
 * What the per-profile HMAC signs for one issued copy. `attempt` is 0 unless an earlier
 * code already names another copy (a 40-bit collision), in which case the next attempt
 * is signed instead so every code stays unique in the profile.
 */
export function traceMessage(
  copy: Readonly<{ personId: string; materialId: string; version: number }>,
  attempt = 0,
): string {
  const base = `${copy.personId}|${copy.materialId}|${copy.version}`;
  return attempt === 0 ? base : `${base}|${attempt}`;
}

function normalizeSymbols(text: string): string | null {
  const compact = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');

  if (compact.length !== SYMBOLS) return null;
  for (const symbol of compact) {
    if (!ALPHABET.includes(symbol)) return null;
  }
  return compact;
}
