/**
 * File-system work overlapped, a few operations at a time: a merge's 1,000
 * files written (or moved) one after another spend most of their time waiting
 * for each operation's round trip, while the disk could take several at once.
 */

/** The most writes or moves a merge keeps in flight (Node's thread pool has 4 threads; the web host queues its own). */
export const IN_FLIGHT = 16;

/**
 * Tasks started one after another, at most `limit` unfinished at a time; the
 * first failure is thrown by the next `add` or by `settle`.
 */
export class BoundedTasks {
  private readonly running = new Set<Promise<void>>();
  private failure: { readonly error: unknown } | undefined;

  constructor(private readonly limit = IN_FLIGHT) {}

  /** Tracks `task`; returns once fewer than `limit` are running, or throws a failure seen so far. */
  async add(task: Promise<void>): Promise<void> {
    const tracked: Promise<void> = task
      .catch((error: unknown) => {
        this.failure ??= { error };
      })
      .finally(() => this.running.delete(tracked));
    this.running.add(tracked);
    while (this.running.size >= this.limit && !this.failure) await Promise.race(this.running);
    this.throwFailure();
  }

  /** Waits for every task; throws the first failure. */
  async settle(): Promise<void> {
    await this.drain();
    this.throwFailure();
  }

  /** Waits for every task, failed or not (before cleaning up after a failure). */
  async drain(): Promise<void> {
    while (this.running.size > 0) await Promise.all(this.running);
  }

  private throwFailure(): void {
    if (this.failure) throw this.failure.error;
  }
}

/** `work` on each item, at most `limit` at a time, results in the items' order. */
export async function mapBounded<T, R>(
  items: readonly T[],
  work: (item: T, index: number) => Promise<R>,
  limit = IN_FLIGHT,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  const tasks = new BoundedTasks(limit);
  try {
    for (const [i, item] of items.entries()) await tasks.add(work(item, i).then((r) => void (results[i] = r)));
    await tasks.settle();
  } finally {
    await tasks.drain();
  }
  return results;
}
