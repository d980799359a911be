import type { schema } from "@penny/db";

/**
 * Acme Robotics on paper: its units and projects with the few numbers that shape their history (size, growth,
 * margin) and the events a demo should be able to tell a story about. The generators turn this into rows.
 */

/** Kinds of business; incident titles and roadmap milestones are written per kind. */
export const unitKinds = ["industrial", "consumer", "services"] as const;
export type UnitKind = (typeof unitKinds)[number];

type IncidentSeverity = (typeof schema.incidents.$inferSelect)["severity"];

export interface UnitPlan {
  name: string;
  kind: UnitKind;
  /** ARR one employee carries; sets each project's headcount. */
  revenuePerHead: number;
  /** Open leads on the first day, the average deal and the share of deals that reach each next stage. */
  pipeline: { openLeads: number; averageDeal: number; conversion: readonly number[] };
  /** Active applicants on the first day and the share that reach each next stage. */
  hiring: { applicants: number; conversion: readonly number[] };
  /** A period without new hires, e.g. after a bad quarter. */
  hiringFreeze?: { from: string; to: string };
}

export interface ProjectPlan {
  name: string;
  /** The name of its unit. */
  unit: string;
  startedOn: string;
  /** ARR on the demo's first day, in dollars. */
  arr: number;
  annualGrowth: number;
  grossMarginRate: number;
  /** `holiday`: sells in Q4; `summer`: sells in spring and summer. */
  seasonality: "none" | "holiday" | "summer";
  /** A launch that takes ARR to `to` dollars along an S-curve centred on `midpoint`, `days` wide. */
  ramp?: { to: number; midpoint: string; days: number };
  /** A setback on `on`: ARR drops by `drop`, then shrinks by `annualRate` a year. */
  decline?: { on: string; drop: number; annualRate: number };
  /** Incidents that belong to the story (the recall), beside the random ones. */
  scriptedIncidents?: readonly {
    openedAt: string;
    severity: IncidentSeverity;
    title: string;
    hours: number;
  }[];
}

export interface CompanyPlan {
  units: readonly UnitPlan[];
  projects: readonly ProjectPlan[];
}

/** The demo company: about $70M ARR on 2024-01-01, growing towards $130M by late 2026. */
export const acmePlan: CompanyPlan = {
  units: [
    {
      name: "Industrial",
      kind: "industrial",
      revenuePerHead: 240_000,
      pipeline: { openLeads: 90, averageDeal: 420_000, conversion: [0.55, 0.5, 0.6, 0.35] },
      hiring: { applicants: 140, conversion: [0.35, 0.5, 0.3, 0.7] },
    },
    {
      name: "Consumer",
      kind: "consumer",
      revenuePerHead: 300_000,
      pipeline: { openLeads: 220, averageDeal: 60_000, conversion: [0.5, 0.45, 0.55, 0.5] },
      hiring: { applicants: 180, conversion: [0.3, 0.45, 0.3, 0.75] },
      hiringFreeze: { from: "2025-02-17", to: "2025-06-30" },
    },
    {
      name: "Services",
      kind: "services",
      revenuePerHead: 200_000,
      pipeline: { openLeads: 130, averageDeal: 180_000, conversion: [0.6, 0.5, 0.55, 0.5] },
      hiring: { applicants: 110, conversion: [0.4, 0.5, 0.35, 0.7] },
    },
  ],
  projects: [
    // Industrial: warehouse robots, heavy arms, port automation, safety controllers.
    {
      name: "Atlas",
      unit: "Industrial",
      startedOn: "2019-03-04",
      arr: 14_000_000,
      annualGrowth: 0.22,
      grossMarginRate: 0.48,
      seasonality: "none",
    },
    {
      name: "Granite",
      unit: "Industrial",
      startedOn: "2020-06-15",
      arr: 8_500_000,
      annualGrowth: 0.12,
      grossMarginRate: 0.41,
      seasonality: "none",
    },
    {
      name: "Harbor",
      unit: "Industrial",
      startedOn: "2023-09-18",
      arr: 500_000,
      annualGrowth: 0.1,
      grossMarginRate: 0.38,
      seasonality: "none",
      ramp: { to: 11_000_000, midpoint: "2025-01-15", days: 60 },
      scriptedIncidents: [
        {
          openedAt: "2024-11-04T07:40:00Z",
          severity: "sev2",
          title: "Crane controller handshake timeouts at Rotterdam terminal go-live",
          hours: 19,
        },
      ],
    },
    {
      name: "Keystone",
      unit: "Industrial",
      startedOn: "2021-01-11",
      arr: 5_200_000,
      annualGrowth: 0.18,
      grossMarginRate: 0.58,
      seasonality: "none",
    },
    // Consumer: home security, lawn mowing, a companion robot, window cleaning.
    {
      name: "Beacon",
      unit: "Consumer",
      startedOn: "2020-10-01",
      arr: 7_400_000,
      annualGrowth: 0.15,
      grossMarginRate: 0.36,
      seasonality: "holiday",
    },
    {
      name: "Comet",
      unit: "Consumer",
      startedOn: "2021-04-12",
      arr: 6_100_000,
      annualGrowth: 0.28,
      grossMarginRate: 0.33,
      seasonality: "summer",
    },
    {
      name: "Echo",
      unit: "Consumer",
      startedOn: "2019-11-20",
      arr: 6_800_000,
      annualGrowth: 0.06,
      grossMarginRate: 0.31,
      seasonality: "holiday",
      decline: { on: "2025-02-10", drop: 0.2, annualRate: 0.3 },
      scriptedIncidents: [
        {
          openedAt: "2025-02-10T06:15:00Z",
          severity: "sev1",
          title: "Battery overheating reports on Echo units; sales halted and recall started",
          hours: 52,
        },
      ],
    },
    {
      name: "Lumen",
      unit: "Consumer",
      startedOn: "2023-03-06",
      arr: 1_600_000,
      annualGrowth: 0.6,
      grossMarginRate: 0.29,
      seasonality: "holiday",
    },
    // Services: maintenance contracts, drone inspection, battery swapping, robots as a subscription.
    {
      name: "Delta",
      unit: "Services",
      startedOn: "2018-08-01",
      arr: 9_600_000,
      annualGrowth: 0.14,
      grossMarginRate: 0.57,
      seasonality: "none",
    },
    {
      name: "Falcon",
      unit: "Services",
      startedOn: "2021-09-01",
      arr: 3_900_000,
      annualGrowth: 0.35,
      grossMarginRate: 0.52,
      seasonality: "summer",
    },
    {
      name: "Ion",
      unit: "Services",
      startedOn: "2022-05-16",
      arr: 2_300_000,
      annualGrowth: 0.42,
      grossMarginRate: 0.44,
      seasonality: "none",
    },
    {
      name: "Juniper",
      unit: "Services",
      startedOn: "2020-02-03",
      arr: 5_400_000,
      annualGrowth: 0.24,
      grossMarginRate: 0.62,
      seasonality: "none",
    },
  ],
};

/** The plan of the unit a project belongs to. */
export function unitOf(plan: CompanyPlan, project: ProjectPlan): UnitPlan {
  const unit = plan.units.find((candidate) => candidate.name === project.unit);
  if (!unit) throw new RangeError(`Project ${project.name} names unknown unit ${project.unit}`);
  return unit;
}
