import { readFile } from 'node:fs/promises';

// The passphrase never comes from the command line, where other users can read it in the
// process list and the shell keeps it in its history: it is the first line of a file, or of
// standard input, or typed at a prompt that does not echo.

export type PassphraseSource = Readonly<{
  file: string | undefined;
  // Creating a profile asks twice at a terminal, so a typo does not lock the member out.
  confirm: boolean;
}>;

export type PassphraseResult =
  Readonly<{ ok: true; passphrase: string }> | Readonly<{ ok: false; message: string }>;

export async function readPassphrase(source: PassphraseSource): Promise<PassphraseResult> {
  if (source.file !== undefined) return fromFile(source.file);
  if (!process.stdin.isTTY) return nonEmpty(await readFirstLine(process.stdin));

  const first = await promptHidden('请输入口令 (passphrase): ');
  if (first === null) return { ok: false, message: '已取消 (cancelled)' };
  if (!source.confirm) return nonEmpty(first);

  const second = await promptHidden('请再次输入口令 (again): ');
  if (first !== second) return { ok: false, message: '两次输入的口令不一致 (passphrases differ)' };
  return nonEmpty(first);
}

async function fromFile(path: string): Promise<PassphraseResult> {
  try {
    return nonEmpty(firstLine(await readFile(path, 'utf8')));
  } catch {
    return { ok: false, message: `无法读取口令文件 ${path} (cannot read passphrase file)` };
  }
}

function nonEmpty(passphrase: string): PassphraseResult {
  if (passphrase === '') return { ok: false, message: '口令为空 (empty passphrase)' };
  return { ok: true, passphrase };
}

function firstLine(text: string): string {
  return (text.split('\n', 1)[0] ?? '').replace(/\r$/, '');
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
