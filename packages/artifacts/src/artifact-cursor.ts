import { z } from "zod";
import { ArtifactCursorInvalidError } from "./errors/artifact-cursor-invalid-error.ts";

const cursorSchema = z.strictObject({ createdAt: z.string().min(1).max(64), id: z.uuid() });

/** Where a page of artifacts ended: the last artifact's creation time (exact, as PostgreSQL prints it) and id. */
export type ArtifactCursor = z.infer<typeof cursorSchema>;

/** An opaque page cursor for `listArtifacts`. */
export function encodeArtifactCursor(cursor: ArtifactCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

/** Reads a cursor back; anything this package did not write is refused with ArtifactCursorInvalidError. */
export function decodeArtifactCursor(cursor: string): ArtifactCursor {
  try {
    const decoded = cursorSchema.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    if (Number.isNaN(Date.parse(decoded.createdAt))) throw new Error("not a time");
    return decoded;
  } catch {
    throw new ArtifactCursorInvalidError(cursor);
  }
}
