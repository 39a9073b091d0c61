import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

// One logger per subsystem. Log lines never carry a key, passphrase, material text, note or
// ballot: string fields are dropped unless their name says they are safe (IDs, codes,
// methods), so a careless call redacts rather than leaks.

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Readonly<Record<string, string | number | boolean | null | undefined>>;

export type Logger = Readonly<{
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}>;

type Sink = (line: string) => void;

const LEVELS: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const SAFE_STRING_KEY = /(^|[a-z])(Id|Ids|id|code|method|kind|reason|status|level|version)$/;

let sink: Sink = () => {};
let threshold = LEVELS.info;

/** Sends log lines to a file (created if missing). Call once per process. */
export function logToFile(path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  sink = (line) => {
    try {
      appendFileSync(path, line + '\n', { mode: 0o600 });
    } catch {
      // A full disk must not take the app down with it; the log line is lost.
    }
  };
}

/** Sends log lines to standard error (CLI, browser shell). */
export function logToStderr(): void {
  sink = (line) => process.stderr.write(line + '\n');
}

export function setLogLevel(level: LogLevel): void {
  threshold = LEVELS[level];
}

export function redact(fields: LogFields | undefined): Record<string, unknown> {
  const safe: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields ?? {})) {
    if (value === undefined) continue;
    if (typeof value === 'string' && !SAFE_STRING_KEY.test(key)) {
      safe[key] = '[redacted]';
      continue;
    }
    safe[key] = value;
  }
  return safe;
}

export function createLogger(subsystem: string): Logger {
  const write = (level: LogLevel, message: string, fields?: LogFields): void => {
    if (LEVELS[level] < threshold) return;
    const entry = { t: new Date().toISOString(), level, subsystem, message, ...redact(fields) };
    sink(JSON.stringify(entry));
  };

  return {
    debug: (message, fields) => write('debug', message, fields),
    info: (message, fields) => write('info', message, fields),
    warn: (message, fields) => write('warn', message, fields),
    error: (message, fields) => write('error', message, fields),
  };
}
