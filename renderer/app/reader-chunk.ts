import { lazy, type ComponentProps, type ComponentType } from 'react';

import type { ReaderScreen as ReaderScreenComponent } from '../screens/ReaderScreen.js';

export type ReaderProps = ComponentProps<typeof ReaderScreenComponent>;

// The reader's code (pdf.js is most of it) is a separate file fetched on first use, so the
// unlock screen does not wait for it. Fetching it can fail (the browser shell stopped);
// the error is marked so the error boundary can tell it from a bug in the reader.
export class ChunkLoadError extends Error {
  constructor(cause: unknown) {
    super('the reader code could not be loaded', { cause });
    this.name = 'ChunkLoadError';
  }
}

// React.lazy remembers a failed load for good, so each reader route makes its own (see
// ReaderRoute): after a failure, opening a material again fetches the code again. Once it
// has loaded, the import is answered from the browser's module map at once.
export function loadReaderScreen(): ComponentType<ReaderProps> {
  return lazy(async () => {
    try {
      const module = await import('../screens/ReaderScreen.js');
      return { default: module.ReaderScreen };
    } catch (cause) {
      throw new ChunkLoadError(cause);
    }
  });
}
