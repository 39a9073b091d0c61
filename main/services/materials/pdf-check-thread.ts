import { Worker } from 'node:worker_threads';

// The threads that run PDF checks (pdf-check-worker.ts). Starting one and loading pdf.js into
// it costs a fraction of a second, so a thread that answered is kept for the next file of a
// batch import; a thread that timed out, ran out of heap or failed is ended, never reused.

export type CheckThread = Readonly<{
  /** Sends one request; resolves with the thread's answer, or with why there is none. */
  run(message: unknown, transfer: readonly ArrayBuffer[]): Promise<ThreadOutcome>;
  // The thread answered: keep it for the next check.
  release(): void;
  // The thread is stuck or broken: end it.
  end(): void;
}>;

export type ThreadOutcome =
  | Readonly<{ kind: 'answer'; message: unknown }>
  | Readonly<{ kind: 'error'; error: unknown }>
  | Readonly<{ kind: 'exit'; exitCode: number }>;

// An idle thread holds pdf.js (some tens of megabytes); it goes once imports are over.
const IDLE_MS = 30_000;

type Idle = Readonly<{ worker: Worker; maxHeapMb: number; timer: NodeJS.Timeout }>;

let idle: Idle | undefined;

export function takeCheckThread(entry: URL, maxHeapMb: number): CheckThread {
  const worker = reuseIdle(maxHeapMb) ?? startThread(entry, maxHeapMb);
  // A busy thread keeps the process alive (a CLI import must not exit mid-check).
  worker.ref();

  let waiting: ((outcome: ThreadOutcome) => void) | undefined;
  const answer = (outcome: ThreadOutcome) => {
    const done = waiting;
    waiting = undefined;
    done?.(outcome);
  };
  const onMessage = (message: unknown) => answer({ kind: 'answer', message });
  const onError = (error: unknown) => answer({ kind: 'error', error });
  const onExit = (exitCode: number) => answer({ kind: 'exit', exitCode });

  worker.on('message', onMessage);
  worker.on('error', onError);
  worker.on('exit', onExit);
  const detach = () => {
    worker.off('message', onMessage);
    worker.off('error', onError);
    worker.off('exit', onExit);
  };

  return {
    run: (message, transfer) =>
      new Promise((resolve) => {
        waiting = resolve;
        worker.postMessage(message, [...transfer]);
      }),
    release: () => {
      detach();
      park(worker, maxHeapMb);
    },
    end: () => {
      detach();
      forget(worker);
      void worker.terminate();
    },
  };
}

function startThread(entry: URL, maxHeapMb: number): Worker {
  const worker = new Worker(entry, { resourceLimits: { maxOldGenerationSizeMb: maxHeapMb } });

  // Whatever an idle thread does (it should do nothing) must not reach the process as an
  // unhandled 'error' event; it only stops the thread from being reused.
  worker.on('error', () => forget(worker));
  worker.on('exit', () => forget(worker));
  return worker;
}

function reuseIdle(maxHeapMb: number): Worker | undefined {
  if (idle === undefined || idle.maxHeapMb !== maxHeapMb) return undefined;

  const { worker, timer } = idle;
  clearTimeout(timer);
  idle = undefined;
  return worker;
}

// One idle thread is enough for imports that come one after another.
function park(worker: Worker, maxHeapMb: number): void {
  if (idle !== undefined) {
    void worker.terminate();
    return;
  }

  worker.unref();
  const timer = setTimeout(() => {
    forget(worker);
    void worker.terminate();
  }, IDLE_MS);
  timer.unref();
  idle = { worker, maxHeapMb, timer };
}

function forget(worker: Worker): void {
  if (idle?.worker !== worker) return;
  clearTimeout(idle.timer);
  idle = undefined;
}
