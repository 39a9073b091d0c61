import type { AppError, ErrorCode } from '../../core/result.js';

// Every error code main can return has a message in each language; this table makes the
// compiler prove none is missing (a new ErrorCode fails the type check here).
export const errorCodes: Readonly<Record<ErrorCode, true>> = {
  'input.invalid': true,
  'ipc.unknownMethod': true,
  'ipc.foreignSender': true,
  'profile.notFound': true,
  'profile.exists': true,
  'profile.locked': true,
  'profile.wrongPassphrase': true,
  'profile.throttled': true,
  'profile.newerDatabase': true,
  'profile.corrupt': true,
  'profile.readOnly': true,
  'profile.weakPassphrase': true,
  'meeting.notFound': true,
  'agendaItem.notFound': true,
  'material.notFound': true,
  'material.empty': true,
  'material.duplicate': true,
  'material.typeMismatch': true,
  'material.unsupportedType': true,
  'material.tooLarge': true,
  'material.pdfBroken': true,
  'material.pdfWrongPassword': true,
  'material.textEncoding': true,
  'annotation.notFound': true,
  'disk.full': true,
  internal: true,
};

// i18next splits keys on '.', so 'profile.throttled' lives at errors.profile.throttled.
export function errorMessageKey(code: ErrorCode): string {
  return `errors.${code}`;
}

export type ErrorInterpolation = Record<string, string | number>;

// Values the messages interpolate. Main reports delays in milliseconds or seconds depending
// on the service; the member always reads whole seconds, rounded up.
export function errorInterpolation(error: AppError): ErrorInterpolation {
  const values: ErrorInterpolation = {};

  for (const [name, value] of Object.entries(error.details ?? {})) {
    if (typeof value !== 'boolean') values[name] = value;
  }

  const seconds = retrySeconds(error.details);
  if (seconds !== null) values['seconds'] = seconds;

  return values;
}

function retrySeconds(details: AppError['details']): number | null {
  if (!details) return null;

  const inSeconds = details['retryAfterSeconds'] ?? details['seconds'];
  if (typeof inSeconds === 'number') return Math.max(1, Math.ceil(inSeconds));

  const inMs = details['retryAfterMs'] ?? details['delayMs'] ?? details['waitMs'];
  if (typeof inMs === 'number') return Math.max(1, Math.ceil(inMs / 1000));

  return null;
}
