import { parseArgs } from 'node:util';

import { classification, type Classification } from '../core/api/models.js';
import { describeArgsError } from './args-errors.js';
import { parseRegulationCommand, type RegulationCommand } from './commands/regulation-args.js';

// The command line of `yishi`, parsed into one command or a usage message.

type WithProfile = Readonly<{ profile: string; passphraseFile: string | undefined }>;

export type CliCommand =
  | Readonly<{ name: 'help' }>
  | (WithProfile & Readonly<{ name: 'demo' }>)
  | (WithProfile & Readonly<{ name: 'meetings' }>)
  | (WithProfile &
      Readonly<{
        name: 'import';
        meetingId: string;
        agendaOrdinal: number;
        classification: Classification | undefined;
        title: string | undefined;
        // Read from this file to check encrypted PDFs at import; never stored.
        pdfPasswordFile: string | undefined;
        files: readonly string[];
      }>)
  | (WithProfile & Readonly<{ name: 'trace'; traceId: string }>)
  | Readonly<{ name: 'web'; profile: string; port: number | undefined }>
  | RegulationCommand;

export type ParsedCommand =
  Readonly<{ ok: true; command: CliCommand }> | Readonly<{ ok: false; message: string }>;

const options = {
  profile: { type: 'string' },
  'passphrase-file': { type: 'string' },
  meeting: { type: 'string' },
  agenda: { type: 'string' },
  classification: { type: 'string' },
  title: { type: 'string' },
  'pdf-password-file': { type: 'string' },
  port: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

// What a value looks like, for the message when one is missing.
const valueExamples: Readonly<Record<string, string>> = {
  profile: 'DIR',
  'passphrase-file': 'FILE',
  meeting: 'ID（yishi meetings 可列出会议编号）',
  agenda: '1',
  classification: 'internal',
  title: '标题',
  'pdf-password-file': 'FILE',
  port: '8080',
};

type Values = ReturnType<typeof parseArgs<{ options: typeof options }>>['values'];

const usage = (message: string): ParsedCommand => ({ ok: false, message });

export function parseCommand(argv: readonly string[]): ParsedCommand {
  // Said plainly, because 'unknown option' would not tell the clerk what to do instead.
  if (argv.some((arg) => arg === '--passphrase' || arg.startsWith('--passphrase='))) {
    return usage('口令不能写在命令行上，请用 --passphrase-file 或标准输入 (no passphrase in argv)');
  }

  let parsed: { values: Values; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    return usage(describeArgsError(error, options, valueExamples));
  }

  const { values, positionals } = parsed;
  const [name, ...rest] = positionals;
  if (values.help || name === 'help') return { ok: true, command: { name: 'help' } };
  if (name === undefined) return usage('缺少命令 (missing command)');
  if (name === 'regulation') return parseRegulationCommand(rest, values.json);

  return parseNamed(name, values, rest);
}

function parseNamed(name: string, values: Values, rest: readonly string[]): ParsedCommand {
  if (values.profile === undefined || values.profile === '') {
    return usage('缺少 --profile DIR (missing --profile)');
  }
  const base = { profile: values.profile, passphraseFile: values['passphrase-file'] };

  switch (name) {
    case 'demo':
    case 'meetings':
      if (rest.length > 0) return usage(`${name} 不接受文件参数 (unexpected arguments)`);
      return { ok: true, command: { name, ...base } };
    case 'import':
      return parseImport(values, rest, base);
    case 'trace':
      if (rest.length !== 1) return usage('trace 需要一个溯源码 (one trace ID expected)');
      return { ok: true, command: { name, ...base, traceId: rest[0] ?? '' } };
    case 'web':
      return parseWeb(values, rest);
    default:
      return usage(`未知命令 ${name} (unknown command)`);
  }
}

function parseImport(values: Values, files: readonly string[], base: WithProfile): ParsedCommand {
  if (!values.meeting) return usage('缺少 --meeting ID (missing --meeting)');
  if (files.length === 0) return usage('缺少要导入的文件 (no FILE given)');
  if (values.title !== undefined && files.length > 1) {
    return usage('--title 只能用于单个文件 (--title needs exactly one FILE)');
  }

  const agendaOrdinal = positiveInteger(values.agenda ?? '1');
  if (agendaOrdinal === undefined) return usage('--agenda 应为议程序号，如 1 (--agenda N)');

  const parsedClassification =
    values.classification === undefined
      ? undefined
      : classification.safeParse(values.classification);
  if (parsedClassification !== undefined && !parsedClassification.success) {
    return usage('--classification 只能是 public、internal 或 sensitive');
  }

  return {
    ok: true,
    command: {
      name: 'import',
      ...base,
      meetingId: values.meeting,
      agendaOrdinal,
      classification: parsedClassification?.data,
      title: values.title,
      pdfPasswordFile: values['pdf-password-file'],
      files,
    },
  };
}

function parseWeb(values: Values, rest: readonly string[]): ParsedCommand {
  if (rest.length > 0) return usage('web 不接受文件参数 (unexpected arguments)');

  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
    return usage('--port 应为 0 到 65535 之间的整数 (--port N)');
  }
  return { ok: true, command: { name: 'web', profile: values.profile ?? '', port } };
}

function positiveInteger(text: string): number | undefined {
  const value = Number(text);
  return Number.isInteger(value) && value >= 1 ? value : undefined;
}
