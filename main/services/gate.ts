import { contract, isMethod } from '../../core/api/contract.js';
import { err, type Result } from '../../core/result.js';
import type { ServiceHost } from './host.js';
import { createLogger } from './logger.js';

// The one gate every call from the renderer passes, whichever transport carried it. The
// transport has already checked who is calling (Electron: our main frame; browser shell: the
// launch token); the gate checks what is called and with what, so a service only ever sees a
// known method and an input of the contract's shape.

export type Gate = (method: unknown, input: unknown) => Promise<Result<unknown>>;

const log = createLogger('gate');

export function createGate(host: ServiceHost): Gate {
  return async (method, input) => {
    if (!isMethod(method)) return err('ipc.unknownMethod', 'method is not in the contract');

    const parsed = contract[method].input.safeParse(input);
    if (!parsed.success) {
      // Paths only: the rejected values may be a passphrase or a material's text.
      const paths = parsed.error.issues.map((issue) => describePath(issue.path));
      return err('input.invalid', `input of ${method} does not match the contract`, {
        paths: paths.join(', '),
      });
    }

    try {
      return await host.invoke(method, parsed.data);
    } catch {
      // A service that throws has a bug; the renderer gets a code and the log gets the method,
      // never the error text, which could quote the input.
      log.error('service threw', { method });
      return err('internal', `${method} failed`);
    }
  };
}

function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(input)';
  return path.map((key) => (typeof key === 'symbol' ? '?' : String(key))).join('.');
}
