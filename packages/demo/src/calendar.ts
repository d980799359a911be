/** Days as the demo generators see them: one precomputed record per UTC day, so no generator parses dates. */
export interface CalendarDay {
  /** `YYYY-MM-DD`, the form `date` columns take. */
  readonly date: string;
  /** Midnight UTC, in milliseconds. */
  readonly time: number;
  /** Position in the series, 0 for the first day. */
  readonly index: number;
  readonly year: number;
  /** 0 for January. */
  readonly month: number;
  readonly dayOfMonth: number;
  /** 0 for Sunday. */
  readonly weekday: number;
  readonly isWeekend: boolean;
}

export const DAY_MS = 86_400_000;
export const YEAR_MS = 365.25 * DAY_MS;

/** The first day of the demo company's history. */
export const DEMO_FIRST_DAY = "2024-01-01";

/** The UTC date of an instant, as `YYYY-MM-DD`. */
export function isoDay(instant: Date | number): string {
  return new Date(instant).toISOString().slice(0, 10);
}

/** Midnight UTC of a `YYYY-MM-DD` date. */
export function dayTime(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** Every day from `first` to `last`, both included; empty when `last` is before `first`. */
export function calendarDays(first: string, last: string): CalendarDay[] {
  const days: CalendarDay[] = [];
  const end = dayTime(last);
  for (let time = dayTime(first), index = 0; time <= end; time += DAY_MS, index++) {
    const date = new Date(time);
    const weekday = date.getUTCDay();
    days.push({
      date: isoDay(time),
      time,
      index,
      year: date.getUTCFullYear(),
      month: date.getUTCMonth(),
      dayOfMonth: date.getUTCDate(),
      weekday,
      isWeekend: weekday === 0 || weekday === 6,
    });
  }
  return days;
}

/** The demo's history: from its first day up to and including the UTC date of `asOf`. */
export function demoCalendar(asOf: Date): CalendarDay[] {
  return calendarDays(DEMO_FIRST_DAY, isoDay(asOf));
}

/** Years from the demo's first day to `time`; the clock that growth rates compound on. */
export function demoYears(time: number): number {
  return (time - dayTime(DEMO_FIRST_DAY)) / YEAR_MS;
}
