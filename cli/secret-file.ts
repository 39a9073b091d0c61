import { readFile } from 'node:fs/promises';

// Secrets (the profile passphrase, a PDF's password) come from the first line of a file,
// never from the command line, where other users can read them in the process list.

/** The first line of the file without its line ending, or null when it cannot be read. */
export async function readSecretLine(path: string): Promise<string | null> {
  try {
    return firstLine(await readFile(path, 'utf8'));
  } catch {
    return null;
  }
}

export function firstLine(text: string): string {
  return (text.split('\n', 1)[0] ?? '').replace(/\r$/, '');
}
