/** The filters the viewer offers, as typed in its form (dates as yyyy-mm-dd, in the person's time zone). */
export interface AuditFilterValues {
  action: string;
  actorId: string;
  outcome: string;
  from: string;
  to: string;
}

export const noAuditFilters: AuditFilterValues = { action: "", actorId: "", outcome: "", from: "", to: "" };

/** A day's local midnight as an instant; `to` is inclusive in the form and exclusive in the API, so it moves a day. */
function dayStart(day: string, plusDays = 0): string | undefined {
  if (!day) return undefined;
  const [year, month, date] = day.split("-").map(Number);
  if (!year || !month || !date) return undefined;
  return new Date(year, month - 1, date + plusDays).toISOString();
}

/** The query string the list and the export take for these filters. */
export function auditQuery(filters: AuditFilterValues): Record<string, string | undefined> {
  return {
    action: filters.action.trim() || undefined,
    actorId: filters.actorId || undefined,
    outcome: filters.outcome || undefined,
    from: dayStart(filters.from),
    to: dayStart(filters.to, 1),
  };
}

/** The same query as a URL search string, for the server's JSON Lines export link. */
export function auditSearch(filters: AuditFilterValues): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(auditQuery(filters))) if (value) search.set(name, value);
  const text = search.toString();
  return text ? `?${text}` : "";
}
