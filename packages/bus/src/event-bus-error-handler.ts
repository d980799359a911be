/** Where a bus reports what it cannot throw to a caller: a listener that threw, a lost Redis connection. */
export type EventBusErrorHandler = (error: unknown) => void;

/** The default handler: a process warning, so a failing listener is visible without stopping the others. */
export const warnEventBusError: EventBusErrorHandler = (error) => {
  const reason = error instanceof Error ? error : new Error(String(error));
  process.emitWarning(reason.message, { type: "PennyEventBusWarning", detail: reason.stack });
};
