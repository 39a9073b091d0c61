// JSON cannot carry bytes, so the browser shell tags them. Electron IPC uses structured clone
// and needs none of this.

const BYTES_TAG = '$bytes';

export function encodeWire(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Uint8Array) return { [BYTES_TAG]: toBase64(v) };
    return v;
  });
}

export function decodeWire(text: string): unknown {
  return JSON.parse(text, (_key, v: unknown) => {
    if (
      typeof v === 'object' &&
      v !== null &&
      typeof (v as Record<string, unknown>)[BYTES_TAG] === 'string'
    ) {
      return fromBase64((v as Record<string, string>)[BYTES_TAG] ?? '');
    }
    return v;
  });
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) {
    binary += String.fromCharCode(...bytes.subarray(i, i + step));
  }
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
