import { describe, expect, it } from "vitest";
import { createPrng } from "./prng.ts";

const draw = (seed: string, count: number) => {
  const prng = createPrng(seed);
  return Array.from({ length: count }, () => prng.next());
};

describe("createPrng", () => {
  it("repeats the same sequence for the same seed and another for another seed", () => {
    expect(draw("acme", 100)).toEqual(draw("acme", 100));
    expect(draw("acme", 100)).not.toEqual(draw("globex", 100));
  });

  it("stays in [0, 1) and spreads evenly", () => {
    const values = draw("spread", 10_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    expect(mean).toBeCloseTo(0.5, 1);
  });

  it("forks independent sources without advancing the parent", () => {
    const parent = createPrng("root");
    const first = parent.fork("kpi/Atlas").next();
    expect(parent.next()).toBe(createPrng("root").next());
    expect(parent.fork("kpi/Atlas").next()).toBe(first);
    expect(parent.fork("kpi/Beacon").next()).not.toBe(first);
  });

  it("draws integers with both bounds included", () => {
    const prng = createPrng("dice");
    const rolls = new Set(Array.from({ length: 1000 }, () => prng.integer(1, 6)));
    expect([...rolls].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("draws normal and Poisson values with the asked mean", () => {
    const prng = createPrng("moments");
    const normals = Array.from({ length: 20_000 }, () => prng.normal(10, 2));
    const mean = normals.reduce((sum, value) => sum + value, 0) / normals.length;
    const variance = normals.reduce((sum, value) => sum + (value - mean) ** 2, 0) / normals.length;
    expect(mean).toBeCloseTo(10, 1);
    expect(Math.sqrt(variance)).toBeCloseTo(2, 1);

    const counts = Array.from({ length: 20_000 }, () => prng.poisson(0.7));
    expect(counts.every(Number.isInteger)).toBe(true);
    expect(counts.reduce((sum, value) => sum + value, 0) / counts.length).toBeCloseTo(0.7, 1);
  });

  it("refuses to pick from nothing", () => {
    expect(() => createPrng("empty").pick([])).toThrow(RangeError);
  });
});
