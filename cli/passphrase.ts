import { contract } from '../core/api/contract.js';
import { exitCodes, type ExitCode } from './exit-codes.js';
import { firstLine, readSecretLine } from './secret-file.js';

// The passphrase never comes from the command line, where other users can read it in the
// process list and the shell keeps it in its history: it is the first line of a file, or of
// standard input, or typed at a prompt that does not echo.

export type PassphraseSource = Readonly<{
  file: string | undefined;
  // Creating a profile asks twice at a terminal, so a typo does not lock the member out.
  confirm: boolean;
}>;

export type PassphraseResult =
  | Readonly<{ ok: true; passphrase: string }>
  | Readonly<{ ok: false; message: string; exitCode: ExitCode }>;

// The service refuses longer ones as invalid input; the CLI says why, before asking it.
const MAX_PASSPHRASE_LENGTH = contract['profile.unlock'].input.shape.passphrase.maxLength ?? 1024;

export async function readPassphrase(source: PassphraseSource): Promise<PassphraseResult> {
  if (source.file !== undefined) return fromFile(source.file);
  if (!process.stdin.isTTY) return usable(await readFirstLine(process.stdin));

  const first = await promptHidden('请输入口令 (passphrase): ');
  if (first === null) return usageFailure('已取消 (cancelled)');
  if (!source.confirm) return usable(first);

  const second = await promptHidden('请再次输入口令 (again): ');
  if (first !== second) return usageFailure('两次输入的口令不一致 (passphrases differ)');
  return usable(first);
}

async function fromFile(path: string): Promise<PassphraseResult> {
  const line = await readSecretLine(path);
  if (line === null) return usageFailure(`无法读取口令文件 ${path} (cannot read passphrase file)`);
  return usable(line);
}

function usable(passphrase: string): PassphraseResult {
  if (passphrase === '') return usageFailure('口令为空 (empty passphrase)');
  // Counted as the service counts (UTF-16 units), so what passes here passes there.
  if (passphrase.length > MAX_PASSPHRASE_LENGTH) {
    return {
      ok: false,
      message: `口令过长（最多 ${MAX_PASSPHRASE_LENGTH} 个字符） (passphrase too long)`,
      exitCode: exitCodes.passphrase,
    };
  }
  return { ok: true, passphrase };
}

function usageFailure(message: string): PassphraseResult {
  return { ok: false, message, exitCode: exitCodes.usage };
}

function readFirstLine(stream: NodeJS.ReadStream): Promise<string> {
  return new Promise((resolve) => {
    let buffered = '';

    const finish = () => {
      stream.off('data', onData);
      stream.off('end', finish);
      stream.off('error', finish);
      // Whatever follows the first line is not ours to read; let the process exit.
      stream.destroy();
      resolve(firstLine(buffered));
    };
    const onData = (chunk: string) => {
      buffered += chunk;
      if (buffered.includes('\n')) finish();
    };

    stream.setEncoding('utf8');
    stream.on('data', onData);
    stream.once('end', finish);
    stream.once('error', finish);
  });
}

// Raw mode turns off echo; keys are handled one by one (Enter, Backspace, Ctrl-C).
function promptHidden(prompt: string): Promise<string | null> {
  const input = process.stdin;
  process.stderr.write(prompt);

  return new Promise((resolve) => {
    let typed = '';

    const finish = (value: string | null) => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      process.stderr.write('\n');
      resolve(value);
    };
    const onData = (chunk: string) => {
      for (const key of chunk) {
        if (key === '\r' || key === '\n') return finish(typed);
        if (key === '\u0003' || key === '\u0004') return finish(null);
        if (key === '\u007f' || key === '\b') typed = [...typed].slice(0, -1).join('');
        else typed += key;
      }
    };

    input.setRawMode(true);
    input.setEncoding('utf8');
    input.on('data', onData);
    input.resume();
  });
}
