import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';

import type { MaterialSummary } from '../../core/api/models.js';
import type { CliCommand } from '../args.js';
import { openCliHost, refuse, unlockProfile, type CliHost } from '../cli-host.js';
import { exitCodes, type ExitCode } from '../exit-codes.js';
import { printError, printLine } from '../output.js';

type ImportCommand = Extract<CliCommand, { name: 'import' }>;

const classificationNames = { public: '公开', internal: '内部', sensitive: '敏感' } as const;

/**
 * Imports each file in turn. A refused file changes nothing and does not stop the others;
 * the exit code is that of the first refusal.
 */
export async function runImport(command: ImportCommand): Promise<ExitCode> {
  const cli = openCliHost(command.profile);
  try {
    const session = await unlockProfile(cli, command.passphraseFile);
    if (!session.ok) return session.error;

    const agendaItemId = await findAgendaItem(cli, command);
    if (typeof agendaItemId === 'number') return agendaItemId;

    let exitCode: ExitCode = exitCodes.ok;
    for (const file of command.files) {
      const fileCode = await importFile(cli, command, agendaItemId, file);
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

async function importFile(
  cli: CliHost,
  command: ImportCommand,
  agendaItemId: string,
  file: string,
): Promise<ExitCode> {
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch {
    printError(`${file}：无法读取文件 (cannot read file)`);
    return exitCodes.refused;
  }

  const imported = await cli.call('material.import', {
    agendaItemId,
    fileName: basename(file),
    bytes,
    ...(command.title === undefined ? {} : { title: command.title }),
    ...(command.classification === undefined ? {} : { classification: command.classification }),
  });
  if (!imported.ok) return refuse(imported.error, file);

  printLine(`${file}：已导入 ${describeMaterial(imported.value)}`);
  return exitCodes.ok;
}

function describeMaterial(material: MaterialSummary): string {
  const facts = [`第 ${material.version} 版`, classificationNames[material.classification]];
  if (material.pageCount !== null) facts.push(`${material.pageCount} 页`);
  if (material.passwordProtected) facts.push('需密码打开');
  return `“${material.title}”（${facts.join('，')}）`;
}
