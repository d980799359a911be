import { z } from "zod";
import { DashboardUserNotMemberError } from "./dashboard-user-not-member-error.ts";

const userIdSchema = z.uuid();

/** A user id fit for a query; anything else cannot be a member, and is refused as such. */
export function parseUserId(userId: unknown): string {
  const parsed = userIdSchema.safeParse(userId);
  if (!parsed.success) throw new DashboardUserNotMemberError(String(userId));
  return parsed.data;
}
