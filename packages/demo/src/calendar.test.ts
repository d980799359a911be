import { describe, expect, it } from "vitest";
import { calendarDays, demoCalendar, demoYears, isoDay } from "./calendar.ts";

describe("calendarDays", () => {
  it("includes both ends and the leap day", () => {
    const days = calendarDays("2024-01-01", "2024-12-31");
    expect(days).toHaveLength(366);
    expect(days[0]?.date).toBe("2024-01-01");
    expect(days.at(-1)?.date).toBe("2024-12-31");
    expect(days.map((day) => day.date)).toContain("2024-02-29");
    expect(days.map((day) => day.index)).toEqual(days.map((_, index) => index));
  });

  it("knows weekdays and weekends", () => {
    const [monday, , , , , saturday, sunday] = calendarDays("2024-01-01", "2024-01-07");
    expect(monday).toMatchObject({ weekday: 1, isWeekend: false, year: 2024, month: 0, dayOfMonth: 1 });
    expect(saturday).toMatchObject({ weekday: 6, isWeekend: true });
    expect(sunday).toMatchObject({ weekday: 0, isWeekend: true });
  });

  it("is empty when the last day comes first", () => {
    expect(calendarDays("2024-01-02", "2024-01-01")).toEqual([]);
  });
});

describe("demoCalendar", () => {
  it("runs from 2024-01-01 to the UTC date of asOf", () => {
    const days = demoCalendar(new Date("2024-03-31T23:30:00-05:00"));
    expect(days[0]?.date).toBe("2024-01-01");
    expect(days.at(-1)?.date).toBe("2024-04-01");
    expect(demoCalendar(new Date("2024-03-31T00:00:00Z"))).toHaveLength(91);
  });

  it("counts years from the demo's first day", () => {
    expect(demoYears(Date.parse("2024-01-01T00:00:00Z"))).toBe(0);
    expect(demoYears(Date.parse("2026-01-01T12:00:00Z"))).toBeCloseTo(2, 2);
    expect(isoDay(Date.parse("2025-06-30T23:59:59Z"))).toBe("2025-06-30");
  });
});
