import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../../api/api-context.tsx";
import { TextField } from "../../app/text-field.tsx";
import type { Group, Member } from "../admin-types.ts";
import { FormActions } from "../form-actions.tsx";
import { LoadState } from "../load-state.tsx";
import { useAction } from "../use-action.ts";
import { useAdminQuery } from "../use-admin-query.ts";
import { GroupCard } from "./group-card.tsx";

/** Groups of members: the subjects of tool and data grants beside roles and single people. */
export default function GroupsSection() {
  const { t } = useTranslation();
  const api = useApi();
  const groups = useAdminQuery<{ groups: Group[] }>("/v1/groups");
  const members = useAdminQuery<{ members: Member[] }>("/v1/members");
  const { busy, outcome, run } = useAction();
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const group = { name: name.trim(), description: description.trim() || undefined };
    if (!(await run(() => api.post("/v1/groups", group), t("admin.groups.created", { name: group.name }))))
      return;
    setName("");
    setDescription("");
    groups.reload();
  };

  return (
    <>
      <div className="admin-page__head">
        <h1>{t("admin.sections.groups.title")}</h1>
        <p className="admin-muted">{t("admin.sections.groups.description")}</p>
      </div>
      <form
        className="admin-card admin-form"
        onSubmit={(event) => void create(event)}
        aria-labelledby="admin-group-new"
      >
        <h2 id="admin-group-new">{t("admin.groups.createHeading")}</h2>
        <div className="admin-form__grid">
          <TextField
            label={t("admin.groups.name")}
            required
            maxLength={200}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
          <TextField
            label={t("admin.groups.description")}
            maxLength={1000}
            value={description}
            onChange={(event) => setDescription(event.target.value)}
          />
        </div>
        <FormActions outcome={outcome} busy={busy} submitLabel={t("admin.groups.create")} />
      </form>
      <section className="admin-stack" aria-labelledby="admin-groups-heading">
        <h2 id="admin-groups-heading">{t("admin.groups.listHeading")}</h2>
        <LoadState loading={groups.loading && !groups.data} error={groups.error} onRetry={groups.reload} />
        {groups.data?.groups.length === 0 && <p className="admin-muted">{t("admin.groups.none")}</p>}
        {groups.data?.groups.map((group) => (
          <GroupCard
            key={group.id}
            group={group}
            members={members.data?.members ?? []}
            onChanged={groups.reload}
          />
        ))}
      </section>
    </>
  );
}
