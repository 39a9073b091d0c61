import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Where the CLI finds what ships beside it: the demo committee's materials, the renderer
// build for `yishi web`, and the version in package.json.

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const demoDir = join(repoRoot, 'demo');
export const rendererDir = join(repoRoot, 'dist', 'renderer');

export function appVersion(): string {
  const text = readFileSync(join(repoRoot, 'package.json'), 'utf8');
  return (JSON.parse(text) as { version?: string }).version ?? '0.0.0';
}
