import { insertInBatches, schema, type Tx } from "@penny/db";
import { demoCalendar } from "./calendar.ts";
import type { CompanyPlan } from "./company-plan.ts";
import { generateHiring } from "./generate-hiring.ts";
import { generateIncidents } from "./generate-incidents.ts";
import { generateKpis } from "./generate-kpis.ts";
import { generateMilestones } from "./generate-milestones.ts";
import { generatePipeline } from "./generate-pipeline.ts";
import type { Prng } from "./prng.ts";

export interface SeedCompanyOptions {
  tenantId: string;
  plan: CompanyPlan;
  /** The last moment of the company's history. */
  asOf: Date;
  prng: Prng;
}

/** Rows written per table. */
export interface CompanyRowCounts {
  businessUnits: number;
  projects: number;
  kpiDaily: number;
  pipelineDaily: number;
  incidents: number;
  hiringDaily: number;
  milestones: number;
}

/** Loads a sample company into one tenant: its units and projects, then their generated history up to `asOf`. */
export async function seedCompany(tx: Tx, options: SeedCompanyOptions): Promise<CompanyRowCounts> {
  const { tenantId, plan, asOf, prng } = options;
  const units = await tx
    .insert(schema.businessUnits)
    .values(plan.units.map((unit) => ({ tenantId, name: unit.name })))
    .returning({ id: schema.businessUnits.id, name: schema.businessUnits.name });
  const unitId = idsByName(units);
  const projects = await tx
    .insert(schema.projects)
    .values(
      plan.projects.map((project) => ({
        tenantId,
        businessUnitId: unitId(project.unit),
        name: project.name,
        startedOn: project.startedOn,
      })),
    )
    .returning({ id: schema.projects.id, name: schema.projects.name });
  const projectId = idsByName(projects);

  const days = demoCalendar(asOf);
  const kpis = generateKpis(plan, days, prng).map(({ project, ...row }) => ({
    ...row,
    tenantId,
    projectId: projectId(project),
  }));
  const pipeline = generatePipeline(plan, days, prng).map(({ unit, ...row }) => ({
    ...row,
    tenantId,
    businessUnitId: unitId(unit),
  }));
  const incidents = generateIncidents(plan, days, asOf, prng).map(({ project, ...row }) => ({
    ...row,
    tenantId,
    projectId: projectId(project),
  }));
  const hiring = generateHiring(plan, days, prng).map(({ unit, ...row }) => ({
    ...row,
    tenantId,
    businessUnitId: unitId(unit),
  }));
  const milestones = generateMilestones(plan, asOf, prng).map(({ project, ...row }) => ({
    ...row,
    tenantId,
    projectId: projectId(project),
  }));

  await insertInBatches(tx, schema.kpiDaily, kpis);
  await insertInBatches(tx, schema.pipelineDaily, pipeline);
  await insertInBatches(tx, schema.incidents, incidents);
  await insertInBatches(tx, schema.hiringDaily, hiring);
  await insertInBatches(tx, schema.milestones, milestones);

  return {
    businessUnits: units.length,
    projects: projects.length,
    kpiDaily: kpis.length,
    pipelineDaily: pipeline.length,
    incidents: incidents.length,
    hiringDaily: hiring.length,
    milestones: milestones.length,
  };
}

/** A lookup from the names the generators use to the ids the rows were given. */
function idsByName(rows: readonly { id: string; name: string }[]): (name: string) => string {
  const ids = new Map(rows.map((row) => [row.name, row.id]));
  return (name) => {
    const id = ids.get(name);
    if (id === undefined) throw new RangeError(`The demo plan names ${name}, which was not inserted`);
    return id;
  };
}
