import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../../api/api-context.tsx";
import type { Group, Member } from "../admin-types.ts";
import { ConfirmButton } from "../confirm-button.tsx";
import { SelectField } from "../select-field.tsx";
import { StatusMessage } from "../status-message.tsx";
import { useAction } from "../use-action.ts";
import { useAdminQuery } from "../use-admin-query.ts";

/** One group: who is in it, adding or removing a person, and deleting it (with the grants made to it). */
export function GroupCard({
  group,
  members,
  onChanged,
}: {
  group: Group;
  members: Member[];
  onChanged(): void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const { busy, outcome, run } = useAction();
  const [userId, setUserId] = useState(members[0]?.userId ?? "");
  const person = members.find((member) => member.userId === userId);
  const personName = person ? person.name || person.email : "";
  const inGroup = useAdminQuery<{ members: { userId: string; name: string; email: string }[] }>(
    `/v1/groups/${group.id}/members`,
  );

  const change = async (method: "put" | "delete", done: string) => {
    const path = `/v1/groups/${group.id}/members/${userId}`;
    const ok = await run(() => (method === "put" ? api.put(path, {}) : api.delete(path)), done);
    if (ok) {
      inGroup.reload();
      onChanged();
    }
  };
  const remove = async () => {
    if (
      await run(() => api.delete(`/v1/groups/${group.id}`), t("admin.groups.deleted", { name: group.name }))
    )
      onChanged();
  };

  const headingId = `group-${group.id}`;
  return (
    <article className="admin-card" aria-labelledby={headingId}>
      <div className="admin-provider__head">
        <h3 id={headingId}>{group.name}</h3>
        <span className="badge badge--busy">{t("admin.groups.members", { count: group.memberCount })}</span>
        {group.externalId && <span className="badge badge--waiting">{t("admin.groups.directory")}</span>}
      </div>
      {group.description && <p className="admin-muted">{group.description}</p>}
      {inGroup.data && inGroup.data.members.length > 0 && (
        <ul className="admin-group__list" aria-label={t("admin.groups.inGroup", { group: group.name })}>
          {inGroup.data.members.map((member) => (
            <li key={member.userId}>{member.name || member.email}</li>
          ))}
        </ul>
      )}
      {group.externalId ? (
        <p className="admin-muted admin-hint">{t("admin.groups.directoryHint")}</p>
      ) : (
        <div className="admin-form__row admin-group__members">
          <SelectField
            label={t("admin.groups.member")}
            value={userId}
            onChange={(event) => setUserId(event.target.value)}
          >
            {members.map((member) => (
              <option key={member.userId} value={member.userId}>
                {member.name || member.email}
              </option>
            ))}
          </SelectField>
          <button
            type="button"
            className="button button--secondary"
            disabled={busy || !userId}
            onClick={() =>
              void change("put", t("admin.groups.added", { name: personName, group: group.name }))
            }
          >
            {t("admin.groups.add")}
          </button>
          <button
            type="button"
            className="button button--ghost"
            disabled={busy || !userId}
            onClick={() =>
              void change("delete", t("admin.groups.removed", { name: personName, group: group.name }))
            }
          >
            {t("admin.groups.remove")}
          </button>
        </div>
      )}
      <StatusMessage text={outcome?.text ?? null} tone={outcome?.tone} />
      <div className="admin-form__actions">
        <ConfirmButton
          label={t("admin.delete")}
          namedLabel={t("admin.deleteNamed", { name: group.name })}
          question={t("admin.groups.confirmDelete", { name: group.name })}
          busy={busy}
          onConfirm={() => void remove()}
        />
      </div>
    </article>
  );
}
