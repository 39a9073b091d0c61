import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';

import { rendererIndex, repoRoot, yishiBin } from './paths.js';

// The `yishi` command as a member's IT staff would run it: `demo` makes the profile,
// `web` serves the browser shell on 127.0.0.1 and prints its address.

export type RunningShell = Readonly<{
  url: string;
  // Idempotent: stops the shell (it locks the profile on SIGTERM) and waits for it to exit.
  stop: () => Promise<void>;
}>;

const startTimeoutMs = 60_000;
const stopTimeoutMs = 15_000;

export type ShellPlace = Readonly<{
  // Where `yishi web` writes what it prints, its log lines included.
  logFile: string;
  // The process's temp folder (TMPDIR), so whatever it puts there can be scanned.
  tmpDir: string;
}>;

export async function createDemoProfile(
  profileDir: string,
  passphraseFile: string,
  tmpDir: string,
): Promise<string> {
  const args = ['demo', '--profile', profileDir, '--passphrase-file', passphraseFile];
  const { code, output } = await runYishi(args, tmpDir);

  if (code !== 0) throw new Error(`yishi demo failed (exit ${code}):\n${output}`);
  return output;
}

export async function startWebShell(profileDir: string, place: ShellPlace): Promise<RunningShell> {
  if (!existsSync(rendererIndex)) {
    throw new Error('dist/renderer is missing: run `npm run build:renderer` first');
  }

  const child = spawn(process.execPath, [yishiBin, 'web', '--profile', profileDir, '--port', '0'], {
    cwd: repoRoot,
    env: withTmpDir(place.tmpDir),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = createWriteStream(place.logFile, { flags: 'a' });
  child.stderr?.pipe(log);

  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  let url: string;
  try {
    url = await firstUrl(child, log);
  } catch (error) {
    child.kill('SIGKILL');
    await exited;
    throw error;
  }

  let stopping: Promise<void> | null = null;
  const stop = (): Promise<void> => {
    stopping ??= stopChild(child, exited).finally(() => log.end());
    return stopping;
  };

  return { url, stop };
}

function firstUrl(child: ChildProcess, log: NodeJS.WritableStream): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const timer = setTimeout(
      () => reject(new Error('yishi web printed no address')),
      startTimeoutMs,
    );

    lines.on('line', (line) => {
      log.write(`${line}\n`);
      if (!/^http:\/\/127\.0\.0\.1:\d+\/#token=/.test(line)) return;

      clearTimeout(timer);
      resolve(line.trim());
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`yishi web exited (code ${code}) before printing its address`));
    });
  });
}

async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;

  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), stopTimeoutMs);
  await exited;
  clearTimeout(timer);
}

function withTmpDir(tmpDir: string): NodeJS.ProcessEnv {
  return { ...process.env, TMPDIR: tmpDir, TMP: tmpDir, TEMP: tmpDir };
}

function runYishi(
  args: string[],
  tmpDir: string,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [yishiBin, ...args], {
      cwd: repoRoot,
      env: withTmpDir(tmpDir),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];

    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.once('error', reject);
    child.once('close', (code) =>
      resolve({ code, output: Buffer.concat(chunks).toString('utf8') }),
    );
  });
}
