import type { UnitKind } from "./company-plan.ts";
import type { Prng } from "./prng.ts";

/** Customers that pilot Acme's products (fictional companies). */
const customers = [
  "Northwind Logistics",
  "Contoso Freight",
  "Fabrikam Foods",
  "Tailspin Retail",
  "Wingtip Pharma",
  "Initech Manufacturing",
  "Vandelay Imports",
] as const;
const regions = ["North America", "EU", "UK", "Japan", "Australia", "LATAM", "Middle East"] as const;

/**
 * One round of a project's roadmap per kind of business. Hardware ships in generations (design, pilot, certification,
 * launch); services expand region by region. `{gen}`, `{region}` and `{customer}` are filled in per round.
 */
const rounds: Record<UnitKind, readonly string[]> = {
  industrial: [
    "Gen {gen} design freeze",
    "Gen {gen} pilot at {customer}",
    "Gen {gen} safety certification (ISO 10218)",
    "Gen {gen} series production start",
  ],
  consumer: [
    "Gen {gen} industrial design sign-off",
    "Gen {gen} public beta",
    "Gen {gen} FCC and CE certification",
    "Gen {gen} retail launch",
  ],
  services: [
    "{region} service design approved",
    "{region} pilot with {customer}",
    "{region} SOC 2 Type II audit",
    "{region} general availability",
  ],
};

/** The milestone names of roadmap round `round` (0 first) for a project whose first round is generation `firstGeneration`. */
export function milestoneRound(kind: UnitKind, round: number, firstGeneration: number, prng: Prng): string[] {
  const customer = prng.pick(customers);
  const region = regions[round % regions.length] ?? "North America";
  return rounds[kind].map((name) =>
    name
      .replace("{gen}", String(firstGeneration + round))
      .replace("{region}", region)
      .replace("{customer}", customer),
  );
}
