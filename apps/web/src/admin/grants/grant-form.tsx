import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../../api/api-context.tsx";
import { TextField } from "../../app/text-field.tsx";
import { type Grant, type Group, type Member, memberRoles } from "../admin-types.ts";
import { FormActions } from "../form-actions.tsx";
import { SelectField } from "../select-field.tsx";
import { useAction } from "../use-action.ts";
import { subjectName } from "./subject-names.ts";

type SubjectType = Grant["subjectType"];
type ResourceType = Grant["resourceType"];

/**
 * Allows or denies one tool (or data source) to a role, a group or a person. Saving replaces that pair's grant,
 * as `PUT /v1/grants` does.
 */
export function GrantForm({
  tools,
  groups,
  members,
  onSaved,
}: {
  tools: string[];
  groups: Group[];
  members: Member[];
  onSaved(): void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const { busy, outcome, run } = useAction();
  const [effect, setEffect] = useState<Grant["effect"]>("deny");
  const [resourceType, setResourceType] = useState<ResourceType>("tool");
  const [tool, setTool] = useState("");
  const [datasource, setDatasource] = useState("");
  const [subjectType, setSubjectType] = useState<SubjectType>("role");
  const [subject, setSubject] = useState("");

  const subjects: { id: string; name: string }[] =
    subjectType === "role"
      ? memberRoles.map((role) => ({ id: role, name: t(`account.roles.${role}`) }))
      : subjectType === "group"
        ? groups.map((group) => ({ id: group.id, name: group.name }))
        : members.map((member) => ({ id: member.userId, name: `${member.name} (${member.email})` }));
  // An empty choice means the first one listed, so a fresh form needs no extra picks.
  const subjectId = subjects.some((entry) => entry.id === subject) ? subject : (subjects[0]?.id ?? "");
  const toolName = tools.includes(tool) ? tool : (tools[0] ?? "");
  const resourceId = resourceType === "tool" ? toolName : datasource.trim();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const grant = { subjectType, subjectId, resourceType, resourceId, effect };
    const saved = await run(
      () => api.put("/v1/grants", grant),
      t("admin.grants.added", {
        effect: t(`admin.grants.effects.${effect}`),
        resource: resourceId,
        subject: subjectName(t, grant, { groups, members }),
      }),
    );
    if (saved) onSaved();
  };

  return (
    <form
      className="admin-card admin-form"
      onSubmit={(event) => void submit(event)}
      aria-labelledby="admin-grant-new"
    >
      <h2 id="admin-grant-new">{t("admin.grants.addHeading")}</h2>
      <div className="admin-form__grid">
        <SelectField
          label={t("admin.grants.effect")}
          value={effect}
          onChange={(event) => setEffect(event.target.value as Grant["effect"])}
        >
          <option value="deny">{t("admin.grants.effects.deny")}</option>
          <option value="allow">{t("admin.grants.effects.allow")}</option>
        </SelectField>
        <SelectField
          label={t("admin.grants.resourceType")}
          value={resourceType}
          onChange={(event) => setResourceType(event.target.value as ResourceType)}
        >
          <option value="tool">{t("admin.grants.resourceTypes.tool")}</option>
          <option value="datasource">{t("admin.grants.resourceTypes.datasource")}</option>
        </SelectField>
        {resourceType === "tool" ? (
          <SelectField
            label={t("admin.grants.tool")}
            value={toolName}
            required
            onChange={(event) => setTool(event.target.value)}
          >
            {tools.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </SelectField>
        ) : (
          <TextField
            label={t("admin.grants.datasource")}
            required
            maxLength={200}
            value={datasource}
            onChange={(event) => setDatasource(event.target.value)}
          />
        )}
        <SelectField
          label={t("admin.grants.subjectType")}
          value={subjectType}
          onChange={(event) => setSubjectType(event.target.value as SubjectType)}
        >
          <option value="role">{t("admin.grants.subjectTypes.role")}</option>
          <option value="group">{t("admin.grants.subjectTypes.group")}</option>
          <option value="user">{t("admin.grants.subjectTypes.user")}</option>
        </SelectField>
        <SelectField
          label={t("admin.grants.subject")}
          value={subjectId}
          required
          onChange={(event) => setSubject(event.target.value)}
        >
          {subjects.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {entry.name}
            </option>
          ))}
        </SelectField>
      </div>
      {subjects.length === 0 && <p className="admin-muted admin-hint">{t("admin.grants.noSubjects")}</p>}
      <FormActions
        outcome={outcome}
        busy={busy}
        submitLabel={t("admin.grants.add")}
        disabled={subjectId === "" || resourceId === ""}
      />
    </form>
  );
}
