/** A promise with its resolve at hand, to let a test decide when a tool may go on (no sleeping, no timing). */
export function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}
