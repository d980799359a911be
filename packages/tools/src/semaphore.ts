/** Gives back the slot a caller acquired; calling it more than once has no further effect. */
export type ReleaseSlot = () => void;

/**
 * At most `limit` holders at once; the rest wait in arrival order. A waiter whose signal aborts leaves the queue
 * and its promise rejects with the signal's reason.
 */
export class Semaphore {
  #holders = 0;
  readonly #waiters: Array<{ grant: () => void }> = [];

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1)
      throw new RangeError(`A semaphore needs a limit of 1 or more, not ${limit}`);
  }

  /** Calls holding a slot now. */
  get running(): number {
    return this.#holders;
  }

  /** Calls waiting for a slot (the queue length, for metrics). */
  get waiting(): number {
    return this.#waiters.length;
  }

  /** Resolves once a slot is free, with the function that gives it back. */
  acquire(signal?: AbortSignal): Promise<ReleaseSlot> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.#holders < this.limit) {
      this.#holders++;
      return Promise.resolve(this.#releaser());
    }
    return new Promise((resolve, reject) => {
      const waiter = {
        grant: () => {
          signal?.removeEventListener("abort", onAbort);
          resolve(this.#releaser());
        },
      };
      const onAbort = () => {
        const index = this.#waiters.indexOf(waiter);
        if (index >= 0) this.#waiters.splice(index, 1);
        reject(signal?.reason);
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.#waiters.push(waiter);
    });
  }

  #releaser(): ReleaseSlot {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.#waiters.shift();
      // The slot passes straight to the next waiter, so the holder count stays the same.
      if (next) next.grant();
      else this.#holders--;
    };
  }
}
