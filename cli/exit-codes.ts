import { assertNever, type ErrorCode } from '../core/result.js';

// Exit codes of `yishi`, stable for scripts. `yishi --help` lists them.
export const exitCodes = {
  ok: 0,
  internal: 1,
  usage: 2,
  passphrase: 3,
  refused: 4,
  profile: 5,
} as const;

export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];

export function exitCodeFor(code: ErrorCode): ExitCode {
  switch (code) {
    case 'profile.wrongPassphrase':
    case 'profile.throttled':
      return exitCodes.passphrase;

    case 'input.invalid':
    case 'profile.weakPassphrase':
    case 'meeting.notFound':
    case 'agendaItem.notFound':
    case 'material.notFound':
    case 'material.empty':
    case 'material.duplicate':
    case 'material.typeMismatch':
    case 'material.unsupportedType':
    case 'material.tooLarge':
    case 'material.pdfBroken':
    case 'material.pdfWrongPassword':
    case 'material.textEncoding':
    case 'annotation.notFound':
      return exitCodes.refused;

    case 'profile.notFound':
    case 'profile.exists':
    case 'profile.locked':
    case 'profile.newerDatabase':
    case 'profile.corrupt':
    case 'profile.readOnly':
    case 'disk.full':
      return exitCodes.profile;

    case 'ipc.unknownMethod':
    case 'ipc.foreignSender':
    case 'internal':
      return exitCodes.internal;

    default:
      return assertNever(code);
  }
}
