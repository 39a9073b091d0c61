import { resolve } from 'node:path';

import { createProfileStore } from '../../main/services/profile/store.js';
import { resolveTraceId } from '../../main/services/trace/repository.js';
import type { CliCommand } from '../args.js';
import { refuse } from '../cli-host.js';
import { exitCodes, type ExitCode } from '../exit-codes.js';
import { printError, printLine } from '../output.js';
import { readPassphrase } from '../passphrase.js';

type TraceCommand = Extract<CliCommand, { name: 'trace' }>;

// Resolving a trace ID is a clerk's task outside the reader's API, so it talks to the
// profile store directly rather than through the renderer's contract.
export async function runTrace(command: TraceCommand): Promise<ExitCode> {
  const store = createProfileStore({ dir: resolve(command.profile) });
  try {
    if (!store.exists()) return refuse({ code: 'profile.notFound' });

    const passphrase = await readPassphrase({ file: command.passphraseFile, confirm: false });
    if (!passphrase.ok) {
      printError(passphrase.message);
      return passphrase.exitCode;
    }

    const db = await store.unlock(passphrase.passphrase);
    if (!db.ok) return refuse(db.error);

    const record = resolveTraceId(db.value, command.traceId);
    if (!record.ok) {
      printError(`溯源码 ${command.traceId} 未在本档案中发出 (trace ID not issued here)`);
      return exitCodes.refused;
    }

    const { traceId, personName, materialTitle, version, issuedAt } = record.value;
    printLine(`${traceId}\t${personName}\t${materialTitle}\t第 ${version} 版\t${issuedAt}`);
    return exitCodes.ok;
  } finally {
    store.close();
  }
}
