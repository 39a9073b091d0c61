// Errors cross every process boundary as values, never as thrown exceptions.

export type ErrorCode =
  | 'input.invalid'
  | 'ipc.unknownMethod'
  | 'ipc.foreignSender'
  | 'profile.notFound'
  | 'profile.exists'
  | 'profile.locked'
  | 'profile.wrongPassphrase'
  | 'profile.throttled'
  | 'profile.newerDatabase'
  | 'profile.corrupt'
  // The profile folder, key file or database cannot be written (permissions, read-only disk).
  | 'profile.readOnly'
  | 'profile.weakPassphrase'
  | 'meeting.notFound'
  | 'agendaItem.notFound'
  | 'material.notFound'
  | 'material.empty'
  | 'material.duplicate'
  | 'material.typeMismatch'
  | 'material.unsupportedType'
  | 'material.tooLarge'
  | 'material.pdfBroken'
  | 'material.pdfWrongPassword'
  | 'material.textEncoding'
  | 'annotation.notFound'
  | 'disk.full'
  | 'internal';

export type AppError = Readonly<{
  code: ErrorCode;
  // Developer-facing detail in English; the UI shows the i18n text for `code` instead.
  message?: string;
  // Values the i18n text may interpolate (retry delay, version numbers, reasons).
  details?: Readonly<Record<string, string | number | boolean>>;
}>;

export type Result<T, E = AppError> =
  Readonly<{ ok: true; value: T }> | Readonly<{ ok: false; error: E }>;

export function ok<T>(value: T): Result<T, never> {
  return { ok: true, value };
}

export function err(
  code: ErrorCode,
  message?: string,
  details?: AppError['details'],
): Result<never, AppError> {
  return { ok: false, error: { code, message, details } };
}

export function isAppError(value: unknown): value is AppError {
  return (
    typeof value === 'object' && value !== null && typeof (value as AppError).code === 'string'
  );
}

export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
