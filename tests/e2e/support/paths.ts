import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Where the end-to-end tests find the app: the repository they run from, never an absolute
// path of one machine.

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export const yishiBin = join(repoRoot, 'bin', 'yishi.mjs');
export const demoDataDir = join(repoRoot, 'demo', 'data');
export const rendererIndex = join(repoRoot, 'dist', 'renderer', 'index.html');
export const electronMain = join(repoRoot, 'dist-electron', 'main.cjs');
