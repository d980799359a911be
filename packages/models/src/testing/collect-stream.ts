/** A finished stream as a test sees it: the part types in order, the text deltas, and the error it ended with. */
export interface CollectedStream {
  types: string[];
  textDeltas: string[];
  text: string;
  /** The `error` part's error, or what iterating the stream threw; undefined when it ended cleanly. */
  error: unknown;
}

/**
 * Reads a `streamText` result's `fullStream` to its end. The SDK reports some failures as an `error` part and
 * others (a dropped connection) by throwing from the iterator; both land in `error`, so a test can assert a
 * failure ended the stream instead of hanging it.
 */
export async function collectStream(result: {
  fullStream: AsyncIterable<{ type: string; text?: string; error?: unknown }>;
}): Promise<CollectedStream> {
  const collected: CollectedStream = { types: [], textDeltas: [], text: "", error: undefined };
  try {
    for await (const part of result.fullStream) {
      collected.types.push(part.type);
      if (part.type === "text-delta" && part.text) collected.textDeltas.push(part.text);
      if (part.type === "error") collected.error = part.error;
    }
  } catch (error) {
    collected.error = error;
  }
  collected.text = collected.textDeltas.join("");
  return collected;
}
