import { index, integer, jsonb, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./platform.ts";
import { tenantTable } from "./tenant-table.ts";

export const jobStatuses = ["queued", "running", "succeeded", "failed", "cancelled"] as const;

/** How far a job got, as people read it: "12 of 40 pages", with the phase it is in. */
export interface JobProgress {
  phase: string;
  done: number;
  total: number;
}

/**
 * Long work that runs after its request answered (document ingestion, exports): the row is the truth any server
 * process reads; progress is also published live on the bus. `subject_id` names what the job works on.
 */
export const jobs = tenantTable(
  "jobs",
  {
    kind: text().notNull(),
    status: text({ enum: jobStatuses }).notNull().default("queued"),
    subjectId: uuid(),
    input: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    progress: jsonb().$type<JobProgress>(),
    result: jsonb().$type<Record<string, unknown>>(),
    error: text(),
    attempts: integer().notNull().default(0),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    startedAt: timestamp({ withTimezone: true }),
    finishedAt: timestamp({ withTimezone: true }),
    /** Touched while the job runs; a running job whose heartbeat stops is picked up again. */
    heartbeatAt: timestamp({ withTimezone: true }),
  },
  (self) => [index().on(self.tenantId, self.subjectId), index().on(self.status, self.heartbeatAt)],
);
