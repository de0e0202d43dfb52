// The order of the store's writes. A plan is saved on every drag, and the disk answers when it
// answers: two saves of one plan must never run side by side (each keeps the file it replaces as
// the `.bak`, and the last edit must be the one left on disk), while saves of different plans need
// not wait for each other. Quitting waits until every write asked for has ended.

export interface WriteQueue {
  /**
   * Runs `task` once every task queued before it under `key` has ended (however it ended), and
   * answers with its result.
   */
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
  /** Tasks queued or running. */
  readonly pending: number;
  /** Resolves once no task is queued or running, tasks queued while it waits included. */
  idle(): Promise<void>;
}

/**
 * @example
 * const queue = createWriteQueue();
 * queue.run('a', () => write(first)); queue.run('a', () => write(second)); // second starts after first
 * await queue.idle();
 */
export function createWriteQueue(): WriteQueue {
  const tails = new Map<string, Promise<void>>();
  let pending = 0;
  let waiting: (() => void)[] = [];

  function ended(key: string, tail: Promise<void>): void {
    if (tails.get(key) === tail) tails.delete(key);
    pending -= 1;
    if (pending > 0) return;
    const woken = waiting;
    waiting = [];
    for (const wake of woken) wake();
  }

  return {
    run<T>(key: string, task: () => Promise<T>): Promise<T> {
      const before = tails.get(key) ?? Promise.resolve();
      pending += 1;
      const result = before.then(task);
      const tail = result.then(
        () => undefined,
        () => undefined,
      );
      tails.set(key, tail);
      void tail.then(() => ended(key, tail));
      return result;
    },
    get pending() {
      return pending;
    },
    idle() {
      return pending === 0 ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve));
    },
  };
}
