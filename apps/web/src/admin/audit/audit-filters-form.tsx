import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Member } from "../admin-types.ts";
import { SelectField } from "../select-field.tsx";
import { type AuditFilterValues, noAuditFilters } from "./audit-query.ts";

/** Narrows the log: action, who did it, outcome and a date range (both days included). */
export function AuditFiltersForm({
  value,
  members,
  knownActions,
  onApply,
}: {
  value: AuditFilterValues;
  members: Member[];
  knownActions: string[];
  onApply(filters: AuditFilterValues): void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  const set = (change: Partial<AuditFilterValues>) => setDraft((current) => ({ ...current, ...change }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <form className="admin-card admin-audit-filters" onSubmit={submit} aria-label={t("admin.audit.filters")}>
      <label className="field">
        <span className="field__label">{t("admin.audit.action")}</span>
        <input
          list="admin-audit-actions"
          value={draft.action}
          placeholder="invite.created"
          onChange={(event) => set({ action: event.target.value })}
        />
        <datalist id="admin-audit-actions">
          {knownActions.map((action) => (
            <option key={action} value={action} />
          ))}
        </datalist>
      </label>
      <SelectField
        label={t("admin.audit.actor")}
        value={draft.actorId}
        onChange={(event) => set({ actorId: event.target.value })}
      >
        <option value="">{t("admin.audit.anyone")}</option>
        {members.map((member) => (
          <option key={member.userId} value={member.userId}>
            {member.name || member.email}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t("admin.audit.outcome")}
        value={draft.outcome}
        onChange={(event) => set({ outcome: event.target.value })}
      >
        <option value="">{t("admin.audit.anyOutcome")}</option>
        <option value="success">{t("admin.audit.outcomes.success")}</option>
        <option value="failure">{t("admin.audit.outcomes.failure")}</option>
        <option value="denied">{t("admin.audit.outcomes.denied")}</option>
      </SelectField>
      <label className="field">
        <span className="field__label">{t("admin.audit.from")}</span>
        <input type="date" value={draft.from} onChange={(event) => set({ from: event.target.value })} />
      </label>
      <label className="field">
        <span className="field__label">{t("admin.audit.to")}</span>
        <input type="date" value={draft.to} onChange={(event) => set({ to: event.target.value })} />
      </label>
      <div className="admin-form__actions">
        <button type="submit" className="button button--primary">
          {t("admin.audit.apply")}
        </button>
        <button
          type="button"
          className="button button--ghost"
          onClick={() => {
            setDraft(noAuditFilters);
            onApply(noAuditFilters);
          }}
        >
          {t("admin.audit.clear")}
        </button>
      </div>
    </form>
  );
}
