import { useTranslation } from "react-i18next";
import { focusOnMount } from "../../app/focus-on-mount.ts";
import { useFormat } from "../../i18n/use-format.ts";
import type { AuditEvent } from "../admin-types.ts";

/** Everything one event records, including its place in the hash chain. */
export function AuditEventDetail({
  event,
  actorName,
  onClose,
}: {
  event: AuditEvent;
  actorName: string;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows: [string, string][] = [
    [t("admin.audit.when"), format.dateTime(event.createdAt)],
    [t("admin.audit.action"), event.action],
    [t("admin.audit.actor"), actorName],
    [t("admin.audit.target"), event.target ?? "—"],
    [t("admin.audit.outcome"), t(`admin.audit.outcomes.${event.outcome as "success"}`, event.outcome)],
    [t("admin.audit.ip"), event.ip ?? "—"],
    [t("admin.audit.userAgent"), event.userAgent ?? "—"],
    [t("admin.audit.requestId"), event.requestId ?? "—"],
    [t("admin.audit.sequence"), format.number(event.seq)],
    [t("admin.audit.hash"), event.hash],
    [t("admin.audit.previousHash"), event.prevHash],
    [t("admin.audit.payloadHash"), event.payloadHash ?? "—"],
  ];
  return (
    <section className="admin-card admin-audit-detail" aria-labelledby="admin-audit-detail">
      <div className="admin-page__head--row">
        <h2 id="admin-audit-detail" tabIndex={-1} ref={focusOnMount}>
          {t("admin.audit.detailHeading", { seq: event.seq })}
        </h2>
        <button type="button" className="button button--ghost button--small" onClick={onClose}>
          {t("admin.close")}
        </button>
      </div>
      <dl className="admin-dl">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3>{t("admin.audit.data")}</h3>
      <pre className="admin-json">{JSON.stringify(event.data, null, 2)}</pre>
    </section>
  );
}
