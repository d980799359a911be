import type { EntityCatalogue } from "../entity-catalogue.ts";

/** A made-up company the evaluation asks about (its own names, not the demo's, so nothing is tuned to the demo). */
export const evaluationCatalogue: EntityCatalogue = {
  businessUnits: [
    { id: "0b1f4a52-1d6e-4c1f-9f0a-000000000001", name: "Robotics" },
    { id: "0b1f4a52-1d6e-4c1f-9f0a-000000000002", name: "Software" },
    { id: "0b1f4a52-1d6e-4c1f-9f0a-000000000003", name: "Services" },
  ],
  projects: [
    {
      id: "5c2e8d11-7a3b-4e2c-8d1f-000000000001",
      name: "Atlas",
      businessUnitId: "0b1f4a52-1d6e-4c1f-9f0a-000000000001",
    },
    {
      id: "5c2e8d11-7a3b-4e2c-8d1f-000000000002",
      name: "Borealis",
      businessUnitId: "0b1f4a52-1d6e-4c1f-9f0a-000000000002",
    },
    {
      id: "5c2e8d11-7a3b-4e2c-8d1f-000000000003",
      name: "Cobalt",
      businessUnitId: "0b1f4a52-1d6e-4c1f-9f0a-000000000002",
    },
    {
      id: "5c2e8d11-7a3b-4e2c-8d1f-000000000004",
      name: "Delta Retrofit",
      businessUnitId: "0b1f4a52-1d6e-4c1f-9f0a-000000000003",
    },
  ],
  people: [
    { name: "Ana García", email: "ana@acme.test" },
    { name: "Ben Okafor", email: "ben@acme.test" },
  ],
  jiraProjects: [
    { key: "OPS", name: "Operations" },
    { key: "ENG", name: "Engineering" },
  ],
};

/** The id of a unit or project of the evaluation company, by name. */
export function evaluationId(name: string): string {
  const found = [...evaluationCatalogue.businessUnits, ...evaluationCatalogue.projects].find(
    (entity) => entity.name === name,
  );
  if (!found) throw new Error(`No ${name} in the evaluation catalogue`);
  return found.id;
}
