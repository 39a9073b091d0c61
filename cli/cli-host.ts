import { resolve } from 'node:path';

import type { Input, Method, Output } from '../core/api/contract.js';
import type { AppError, Result } from '../core/result.js';
import { createGate, type Gate } from '../main/services/gate.js';
import { createServiceHost, type ServiceHost } from '../main/services/index.js';
import { exitCodeFor, type ExitCode } from './exit-codes.js';
import { describeError } from './messages.js';
import { printError } from './output.js';
import { readPassphrase } from './passphrase.js';
import { appVersion, demoDir } from './paths.js';

// The CLI is one more client of the service layer: every call passes the same gate as the
// renderer's, so a script cannot do what the app would refuse.

export type CliHost = Readonly<{
  host: ServiceHost;
  call<M extends Method>(method: M, input: Input<M>): Promise<Result<Output<M>>>;
  close(): void;
}>;

export function openCliHost(profile: string): CliHost {
  const host = createServiceHost({
    profileDir: resolve(profile),
    demoDir,
    // The CLI runs in plain Node like the browser shell; `transport` only shows in app.info.
    transport: 'web',
    appVersion: appVersion(),
  });
  const gate: Gate = createGate(host);

  return {
    host,
    call: async (method, input) => (await gate(method, input)) as Result<Output<typeof method>>,
    close: () => host.close(),
  };
}

/** Prints why a call was refused and returns the matching exit code. */
export function refuse(error: AppError, subject?: string): ExitCode {
  const prefix = subject === undefined ? '' : `${subject}：`;
  printError(`${prefix}${describeError(error)}`);
  return exitCodeFor(error.code);
}

/** Unlocks an existing profile with the passphrase from the file or standard input. */
export async function unlockProfile(
  cli: CliHost,
  passphraseFile: string | undefined,
): Promise<Result<Output<'profile.unlock'>, ExitCode>> {
  const info = await cli.call('app.info', {});
  if (info.ok && !info.value.profileExists) return failed(refuse({ code: 'profile.notFound' }));

  const passphrase = await readPassphrase({ file: passphraseFile, confirm: false });
  if (!passphrase.ok) {
    printError(passphrase.message);
    return failed(passphrase.exitCode);
  }

  const session = await cli.call('profile.unlock', { passphrase: passphrase.passphrase });
  if (!session.ok) return failed(refuse(session.error));
  return session;
}

function failed(code: ExitCode): Result<never, ExitCode> {
  return { ok: false, error: code };
}
