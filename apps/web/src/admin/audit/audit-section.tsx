import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../../api/api-context.tsx";
import { Icon } from "../../app/icons.tsx";
import { useFormat } from "../../i18n/use-format.ts";
import { AdminTable } from "../admin-table.tsx";
import type { AuditEvent, Member } from "../admin-types.ts";
import { LoadState } from "../load-state.tsx";
import { useAdminQuery } from "../use-admin-query.ts";
import { auditEventsCsv, downloadText } from "./audit-csv.ts";
import { AuditEventDetail } from "./audit-event-detail.tsx";
import { AuditFiltersForm } from "./audit-filters-form.tsx";
import { type AuditFilterValues, auditQuery, auditSearch, noAuditFilters } from "./audit-query.ts";
import { AuditVerify } from "./audit-verify.tsx";

const PAGE_SIZE = 25;

interface Page {
  events: AuditEvent[];
  nextCursor: string | null;
}

/**
 * The audit viewer: filters, pages of events (newest first), one event's detail, chain verification and export —
 * JSON Lines of every matching event from the server, or CSV of the page on screen made in the browser.
 */
export default function AuditSection() {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const members = useAdminQuery<{ members: Member[] }>("/v1/members");
  const [filters, setFilters] = useState<AuditFilterValues>(noAuditFilters);
  // The cursors of the pages before this one, so "Newer" goes back exactly.
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const [page, setPage] = useState<Page | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [selected, setSelected] = useState<AuditEvent | null>(null);
  const [version, setVersion] = useState(0);
  const cursor = cursors.at(-1);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` asks for a fresh read.
  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    api
      .get<Page>("/v1/audit", {
        query: { ...auditQuery(filters), cursor, limit: PAGE_SIZE },
        signal: controller.signal,
      })
      .then((answer) => {
        setPage(answer);
        setError(null);
      })
      .catch((failure: unknown) => !controller.signal.aborted && setError(failure))
      .finally(() => !controller.signal.aborted && setLoading(false));
    return () => controller.abort();
  }, [api, filters, cursor, version]);

  const names = useMemo(
    () =>
      new Map((members.data?.members ?? []).map((member) => [member.userId, member.name || member.email])),
    [members.data],
  );
  const actorName = (event: AuditEvent) =>
    event.actorId
      ? (names.get(event.actorId) ??
        `${t(`admin.audit.actorTypes.${event.actorType as "user"}`, event.actorType)} ${event.actorId}`)
      : t(`admin.audit.actorTypes.${event.actorType as "system"}`, event.actorType);
  const knownActions = [...new Set(page?.events.map((event) => event.action) ?? [])].sort();

  const apply = (next: AuditFilterValues) => {
    setFilters(next);
    setCursors([undefined]);
    setSelected(null);
  };
  const pageNumber = cursors.length;

  return (
    <>
      <div className="admin-page__head admin-page__head--row">
        <div>
          <h1>{t("admin.sections.audit.title")}</h1>
          <p className="admin-muted">{t("admin.sections.audit.description")}</p>
        </div>
        <AuditVerify />
      </div>
      <AuditFiltersForm
        value={filters}
        members={members.data?.members ?? []}
        knownActions={knownActions}
        onApply={apply}
      />
      <section className="admin-card" aria-labelledby="admin-audit-events" aria-busy={loading}>
        <div className="admin-page__head--row">
          <h2 id="admin-audit-events">{t("admin.audit.eventsHeading")}</h2>
          <div className="admin-form__actions">
            <a
              className="button button--secondary button--small"
              href={`/v1/audit/export${auditSearch(filters)}`}
              download
            >
              <Icon name="download" size={16} />
              {t("admin.audit.exportJson")}
            </a>
            <button
              type="button"
              className="button button--secondary button--small"
              disabled={!page?.events.length}
              onClick={() =>
                page && downloadText(auditEventsCsv(page.events), `audit-page-${pageNumber}.csv`, "text/csv")
              }
            >
              <Icon name="download" size={16} />
              {t("admin.audit.exportCsv")}
            </button>
          </div>
        </div>
        <p className="admin-muted admin-hint">{t("admin.audit.exportHint")}</p>
        <LoadState
          loading={loading && !page}
          error={error}
          onRetry={() => setVersion((value) => value + 1)}
        />
        {error ? null : page && page.events.length === 0 ? (
          <p className="admin-muted">{t("admin.audit.none")}</p>
        ) : (
          page && (
            <AdminTable
              label={t("admin.audit.eventsHeading")}
              columns={[
                t("admin.audit.when"),
                t("admin.audit.action"),
                t("admin.audit.actor"),
                t("admin.audit.target"),
                t("admin.audit.outcome"),
              ]}
            >
              {page.events.map((event) => (
                <tr
                  key={event.id}
                  className={selected?.id === event.id ? "admin-table__selected" : undefined}
                >
                  <td>
                    <button
                      type="button"
                      className="admin-link-button"
                      aria-label={t("admin.audit.showEvent", { action: event.action, seq: event.seq })}
                      onClick={() => setSelected(event)}
                    >
                      {format.dateTime(event.createdAt)}
                    </button>
                  </td>
                  <td>
                    <code>{event.action}</code>
                  </td>
                  <td>{actorName(event)}</td>
                  <td className="admin-table__wrap">{event.target ?? "—"}</td>
                  <td>
                    <span
                      className={`badge ${event.outcome === "success" ? "badge--done" : "badge--failed"}`}
                    >
                      {t(`admin.audit.outcomes.${event.outcome as "success"}`, event.outcome)}
                    </span>
                  </td>
                </tr>
              ))}
            </AdminTable>
          )
        )}
        <nav className="admin-pager" aria-label={t("admin.audit.pages")}>
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={cursors.length <= 1 || loading}
            onClick={() => setCursors((list) => list.slice(0, -1))}
          >
            <Icon name="chevronLeft" size={16} />
            {t("admin.audit.newer")}
          </button>
          <span>{t("admin.audit.page", { n: format.number(pageNumber) })}</span>
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={!page?.nextCursor || loading}
            onClick={() => page?.nextCursor && setCursors((list) => [...list, page.nextCursor ?? undefined])}
          >
            {t("admin.audit.older")}
            <Icon name="chevronRight" size={16} />
          </button>
        </nav>
      </section>
      {selected && (
        <AuditEventDetail
          event={selected}
          actorName={actorName(selected)}
          onClose={() => setSelected(null)}
        />
      )}
    </>
  );
}
