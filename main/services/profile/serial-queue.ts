// Runs async tasks one after another. The profile's unlock, create and passphrase change
// each read and rewrite the key file and may open the database; run side by side, two
// unlocks would open two handles and two failures could each count from the same number.

export type SerialQueue = <T>(task: () => Promise<T>) => Promise<T>;

export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();

  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task);
    tail = run.catch(() => undefined);
    return run;
  };
}
