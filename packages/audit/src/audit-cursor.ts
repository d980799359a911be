import { z } from "zod";
import { AuditCursorInvalidError } from "./audit-cursor-invalid-error.ts";

const cursorSchema = z.object({ beforeSeq: z.number().int().positive() });

/** An opaque page cursor: the next page holds the events older than (below) `beforeSeq`. */
export function encodeAuditCursor(beforeSeq: number): string {
  return Buffer.from(JSON.stringify({ beforeSeq })).toString("base64url");
}

/** Reads a cursor back; anything this package did not write is refused with AuditCursorInvalidError. */
export function decodeAuditCursor(cursor: string): number {
  try {
    return cursorSchema.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"))).beforeSeq;
  } catch {
    throw new AuditCursorInvalidError(cursor);
  }
}
