import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';

import type { MaterialSummary } from '../../core/api/models.js';
import { MAX_MATERIAL_BYTES } from '../../core/material-type.js';
import type { CliCommand } from '../args.js';
import { openCliHost, refuse, unlockProfile, type CliHost } from '../cli-host.js';
import { exitCodes, type ExitCode } from '../exit-codes.js';
import { printError, printLine } from '../output.js';
import { readSecretLine } from '../secret-file.js';

type ImportCommand = Extract<CliCommand, { name: 'import' }>;

const classificationNames = { public: '公开', internal: '内部', sensitive: '敏感' } as const;

/**
 * Imports each file in turn. A refused file changes nothing and does not stop the others;
 * the exit code is that of the first refusal.
 */
export async function runImport(command: ImportCommand): Promise<ExitCode> {
  const pdfPassword = await readPdfPassword(command.pdfPasswordFile);
  if (typeof pdfPassword === 'number') return pdfPassword;

  const cli = openCliHost(command.profile);
  try {
    const session = await unlockProfile(cli, command.passphraseFile);
    if (!session.ok) return session.error;

    const agendaItemId = await findAgendaItem(cli, command);
    if (typeof agendaItemId === 'number') return agendaItemId;

    let exitCode: ExitCode = exitCodes.ok;
    for (const file of command.files) {
      const fileCode = await importFile(cli, { ...command, pdfPassword }, agendaItemId, file);
      if (exitCode === exitCodes.ok) exitCode = fileCode;
    }
    return exitCode;
  } finally {
    cli.close();
  }
}

async function findAgendaItem(cli: CliHost, command: ImportCommand): Promise<string | ExitCode> {
  const detail = await cli.call('meeting.get', { meetingId: command.meetingId });
  if (!detail.ok) return refuse(detail.error);

  const items = detail.value.agendaItems;
  const item = items.find((candidate) => candidate.ordinal === command.agendaOrdinal);
  if (item !== undefined) return item.id;

  const known = items.map((candidate) => `${candidate.ordinal} ${candidate.title}`).join('；');
  printError(`会议没有第 ${command.agendaOrdinal} 项议程 (no such agenda item)。现有：${known}`);
  return exitCodes.refused;
}

// The password opens an encrypted PDF for the page-by-page check at import. Members still
// need it to read the file: it is passed to the check and forgotten, never stored.
async function readPdfPassword(file: string | undefined): Promise<string | undefined | ExitCode> {
  if (file === undefined) return undefined;

  const password = await readSecretLine(file);
  if (password === null) {
    printError(`无法读取 PDF 密码文件 ${file} (cannot read PDF password file)`);
    return exitCodes.usage;
  }
  if (password === '') {
    printError(`PDF 密码文件 ${file} 的第一行为空 (empty PDF password)`);
    return exitCodes.usage;
  }
  return password;
}

async function importFile(
  cli: CliHost,
  command: ImportCommand & Readonly<{ pdfPassword: string | undefined }>,
  agendaItemId: string,
  file: string,
): Promise<ExitCode> {
  const bytes = await readMaterialFile(file);
  if (typeof bytes === 'number') return bytes;

  const imported = await cli.call('material.import', {
    agendaItemId,
    fileName: basename(file),
    bytes,
    ...(command.title === undefined ? {} : { title: command.title }),
    ...(command.classification === undefined ? {} : { classification: command.classification }),
    ...(command.pdfPassword === undefined ? {} : { pdfPassword: command.pdfPassword }),
  });
  if (!imported.ok) return refuse(imported.error, file);

  printLine(`${file}：已导入 ${describeMaterial(imported.value)}`);
  return exitCodes.ok;
}

// The size is checked before reading: a file of several gigabytes would otherwise be read
// into memory only to be refused, or fail to read with a message that hides why.
async function readMaterialFile(file: string): Promise<Uint8Array<ArrayBuffer> | ExitCode> {
  const cannotRead = () => {
    printError(`${file}：无法读取文件 (cannot read file)`);
    return exitCodes.refused;
  };

  const facts = await stat(file).catch(() => undefined);
  if (facts === undefined || !facts.isFile()) return cannotRead();
  if (facts.size > MAX_MATERIAL_BYTES) {
    const details = { size: facts.size, limit: MAX_MATERIAL_BYTES };
    return refuse({ code: 'material.tooLarge', details }, file);
  }

  const read = await readFile(file).catch(() => undefined);
  if (read === undefined) return cannotRead();
  // A view of the buffer Node read into, not a copy of it (never a shared buffer).
  return new Uint8Array(read.buffer as ArrayBuffer, read.byteOffset, read.byteLength);
}

function describeMaterial(material: MaterialSummary): string {
  const facts = [`第 ${material.version} 版`, classificationNames[material.classification]];
  if (material.pageCount !== null) facts.push(`${material.pageCount} 页`);
  if (material.passwordProtected) facts.push('需密码打开');
  return `“${material.title}”（${facts.join('，')}）`;
}
