import { schema } from "@penny/db";
import { describe, expect, it } from "vitest";
import { acmePlan, unitOf } from "./company-plan.ts";

describe("acmePlan", () => {
  it("has the twelve projects of the brief across three units", () => {
    expect(acmePlan.units.map((unit) => unit.name)).toEqual(["Industrial", "Consumer", "Services"]);
    expect(acmePlan.projects.map((project) => project.name).sort()).toEqual([
      "Atlas",
      "Beacon",
      "Comet",
      "Delta",
      "Echo",
      "Falcon",
      "Granite",
      "Harbor",
      "Ion",
      "Juniper",
      "Keystone",
      "Lumen",
    ]);
    for (const unit of acmePlan.units) {
      expect(acmePlan.projects.filter((project) => unitOf(acmePlan, project) === unit)).toHaveLength(4);
    }
  });

  it("has a funnel conversion for every step after the first stage", () => {
    for (const unit of acmePlan.units) {
      expect(unit.pipeline.conversion).toHaveLength(schema.pipelineStages.length - 1);
      expect(unit.hiring.conversion).toHaveLength(schema.hiringStages.length - 1);
      expect(
        [...unit.pipeline.conversion, ...unit.hiring.conversion].every((share) => share > 0 && share < 1),
      ).toBe(true);
    }
  });

  it("refuses a project whose unit does not exist", () => {
    const stray = { ...acmePlan.projects[0], unit: "Aerospace" } as (typeof acmePlan.projects)[number];
    expect(() => unitOf(acmePlan, stray)).toThrow(/unknown unit Aerospace/);
  });
});
