import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The shared real data lives beside the repository (`../shared/realdata` from its root), in
// this workspace and in CI's fresh clone alike; never a machine-specific absolute path.

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export const realdataDir = resolve(repoRoot, '..', 'shared', 'realdata');

export function realdataPath(...parts: string[]): string {
  return join(realdataDir, ...parts);
}

/** A file's bytes in a fresh buffer the caller may keep or modify. */
export function readRealBytes(...parts: string[]): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(realdataPath(...parts)));
}

export function readRealText(...parts: string[]): string {
  return readFileSync(realdataPath(...parts), 'utf8');
}

export function realPdfNames(): string[] {
  return readdirSync(realdataPath('pdfs'))
    .filter((name) => name.toLowerCase().endsWith('.pdf'))
    .sort();
}

/** The MANIFEST.md table row that describes a file, e.g. `manifestRow('pdfs/pdkids.pdf')`. */
export function manifestRow(relativePath: string): string {
  const row = readRealText('MANIFEST.md')
    .split('\n')
    .find((line) => line.startsWith(`| ${relativePath} |`));
  if (row === undefined) throw new Error(`MANIFEST.md does not list ${relativePath}`);
  return row;
}
