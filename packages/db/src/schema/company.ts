import { date, index, integer, numeric, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { sameTenant, tenantTable } from "./tenant-table.ts";

/**
 * A tenant's own business data that the KPI and dashboard tools read: units, projects and daily facts.
 * The demo tenant is filled with a deterministic sample company; other tenants load their own.
 */

const money = () => numeric({ precision: 16, scale: 2, mode: "number" });

export const pipelineStages = ["lead", "qualified", "proposal", "negotiation", "won"] as const;
export const hiringStages = ["applied", "screen", "interview", "offer", "hired"] as const;
export const incidentSeverities = ["sev1", "sev2", "sev3"] as const;
export const milestoneStatuses = ["planned", "in_progress", "done", "late"] as const;

export const businessUnits = tenantTable("business_units", { name: text().notNull() }, (self) => [
  uniqueIndex().on(self.tenantId, self.name),
]);

export const projects = tenantTable(
  "projects",
  {
    businessUnitId: uuid().notNull(),
    name: text().notNull(),
    status: text({ enum: ["active", "paused", "closed"] })
      .notNull()
      .default("active"),
    startedOn: date({ mode: "string" }).notNull(),
  },
  (self) => [
    sameTenant(self.tenantId, self.businessUnitId, businessUnits),
    uniqueIndex().on(self.tenantId, self.name),
  ],
);

/** One row per project and day: the figures the finance and company-health widgets aggregate. */
export const kpiDaily = tenantTable(
  "kpi_daily",
  {
    projectId: uuid().notNull(),
    day: date({ mode: "string" }).notNull(),
    revenue: money().notNull(),
    cost: money().notNull(),
    grossMargin: money().notNull(),
    bookings: money().notNull(),
    arr: money().notNull(),
    headcount: integer().notNull(),
    burn: money().notNull(),
  },
  (self) => [
    sameTenant(self.tenantId, self.projectId, projects),
    uniqueIndex().on(self.tenantId, self.projectId, self.day),
  ],
);

/** Open deals per unit, stage and day (a daily snapshot of the sales funnel). */
export const pipelineDaily = tenantTable(
  "pipeline_daily",
  {
    businessUnitId: uuid().notNull(),
    day: date({ mode: "string" }).notNull(),
    stage: text({ enum: pipelineStages }).notNull(),
    deals: integer().notNull(),
    amount: money().notNull(),
  },
  (self) => [
    sameTenant(self.tenantId, self.businessUnitId, businessUnits),
    uniqueIndex().on(self.tenantId, self.businessUnitId, self.day, self.stage),
  ],
);

export const incidents = tenantTable(
  "incidents",
  {
    projectId: uuid().notNull(),
    severity: text({ enum: incidentSeverities }).notNull(),
    title: text().notNull(),
    openedAt: timestamp({ withTimezone: true }).notNull(),
    closedAt: timestamp({ withTimezone: true }),
  },
  (self) => [sameTenant(self.tenantId, self.projectId, projects), index().on(self.tenantId, self.openedAt)],
);

/** Candidates per unit, stage and day (a daily snapshot of the hiring pipeline). */
export const hiringDaily = tenantTable(
  "hiring_daily",
  {
    businessUnitId: uuid().notNull(),
    day: date({ mode: "string" }).notNull(),
    stage: text({ enum: hiringStages }).notNull(),
    candidates: integer().notNull(),
  },
  (self) => [
    sameTenant(self.tenantId, self.businessUnitId, businessUnits),
    uniqueIndex().on(self.tenantId, self.businessUnitId, self.day, self.stage),
  ],
);

export const milestones = tenantTable(
  "milestones",
  {
    projectId: uuid().notNull(),
    name: text().notNull(),
    dueOn: date({ mode: "string" }).notNull(),
    completedOn: date({ mode: "string" }),
    status: text({ enum: milestoneStatuses }).notNull(),
  },
  (self) => [sameTenant(self.tenantId, self.projectId, projects)],
);
