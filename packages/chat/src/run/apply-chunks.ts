import { readUIMessageStream, type UIMessage, type UIMessageChunk } from "ai";

/** The assistant message after `chunks`, folded the way an AI SDK client folds them (so server and UI agree). */
export async function applyChunks(message: UIMessage, chunks: UIMessageChunk[]): Promise<UIMessage> {
  if (chunks.length === 0) return message;
  let latest = message;
  const stream = new ReadableStream<UIMessageChunk>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  for await (const snapshot of readUIMessageStream({ message: structuredClone(message), stream })) {
    latest = snapshot;
  }
  return latest;
}
