import { describe, expect, it } from "vitest";
import { demoCalendar } from "./calendar.ts";
import { acmePlan } from "./company-plan.ts";
import { generateIncidents } from "./generate-incidents.ts";
import { createPrng } from "./prng.ts";

const projectNames = acmePlan.projects.map((project) => project.name);
const incidentsAsOf = (asOf: Date) =>
  generateIncidents(acmePlan, demoCalendar(asOf), asOf, createPrng("test"));
const quarterEnd = new Date("2024-03-31T12:00:00Z");
const later = new Date("2026-06-30T12:00:00Z");
const DAY_MS = 86_400_000;

describe("generateIncidents", () => {
  const early = incidentsAsOf(quarterEnd);
  const all = incidentsAsOf(later);

  it("is deterministic", () => {
    expect(incidentsAsOf(quarterEnd)).toEqual(early);
    expect(early.length).toBeGreaterThan(20);
  });

  it("opens nothing after asOf and closes every incident after it opened", () => {
    for (const [asOf, incidents] of [
      [quarterEnd, early],
      [later, all],
    ] as const) {
      expect(incidents.filter((incident) => incident.openedAt > asOf)).toEqual([]);
      const badlyClosed = incidents.filter(
        (incident) =>
          incident.closedAt && (incident.closedAt <= incident.openedAt || incident.closedAt > asOf),
      );
      expect(badlyClosed).toEqual([]);
    }
    const openedAt = all.map((incident) => incident.openedAt.getTime());
    expect(openedAt).toEqual([...openedAt].sort((first, second) => first - second));
  });

  it("leaves only recent incidents open", () => {
    const open = all.filter((incident) => incident.closedAt === null);
    expect(open.length).toBeGreaterThan(0);
    expect(open.filter((incident) => later.getTime() - incident.openedAt.getTime() > 120 * DAY_MS)).toEqual(
      [],
    );
  });

  it("has mostly sev3, rarely a sev1, on every project", () => {
    const count = (severity: string) => all.filter((incident) => incident.severity === severity).length;
    expect(count("sev3")).toBeGreaterThan(all.length / 2);
    expect(count("sev1")).toBeGreaterThan(0);
    expect(count("sev1")).toBeLessThan(all.length * 0.05);
    expect(new Set(all.map((incident) => incident.project))).toEqual(new Set(projectNames));
    expect(all.filter((incident) => /[{}]/.test(incident.title))).toEqual([]);
  });

  it("keeps past incidents when asOf moves on, closing the ones that were open", () => {
    const sameWindow = all.filter((incident) => incident.openedAt <= quarterEnd);
    expect(sameWindow.map(({ closedAt, ...incident }) => incident)).toEqual(
      early.map(({ closedAt, ...incident }) => incident),
    );
    expect(sameWindow.every((incident) => incident.closedAt !== null)).toBe(true);
  });

  it("includes the Echo recall once it has happened", () => {
    const isRecall = (incident: { project: string; title: string }) =>
      incident.project === "Echo" && incident.title.includes("recall");
    expect(early.some(isRecall)).toBe(false);
    expect(all.filter(isRecall)).toEqual([
      {
        project: "Echo",
        severity: "sev1",
        title: expect.stringContaining("Battery overheating"),
        openedAt: new Date("2025-02-10T06:15:00Z"),
        closedAt: new Date("2025-02-12T10:15:00Z"),
      },
    ]);
  });
});
