import { useTranslation } from "react-i18next";
import { useApi } from "../../api/api-context.tsx";
import { AdminTable } from "../admin-table.tsx";
import type { Grant, Group, Member } from "../admin-types.ts";
import { ConfirmButton } from "../confirm-button.tsx";
import { LoadState } from "../load-state.tsx";
import { StatusMessage } from "../status-message.tsx";
import { useAction } from "../use-action.ts";
import { useAdminQuery } from "../use-admin-query.ts";
import { GrantForm } from "./grant-form.tsx";
import { subjectName } from "./subject-names.ts";

/** Tool and data access: allow or deny a tool or data source to a role, a group or a person, beyond the roles. */
export default function GrantsSection() {
  const { t } = useTranslation();
  const api = useApi();
  const grants = useAdminQuery<{ grants: Grant[] }>("/v1/grants");
  const tools = useAdminQuery<{ tools: { name: string }[] }>("/v1/tools");
  const groups = useAdminQuery<{ groups: Group[] }>("/v1/groups");
  const members = useAdminQuery<{ members: Member[] }>("/v1/members");
  const { busy, outcome, run } = useAction();
  const directory = { groups: groups.data?.groups ?? [], members: members.data?.members ?? [] };

  const remove = async (grant: Grant) => {
    const names = { resource: grant.resourceId, subject: subjectName(t, grant, directory) };
    if (await run(() => api.delete(`/v1/grants/${grant.id}`), t("admin.grants.removed", names)))
      grants.reload();
  };

  const loading = grants.loading || tools.loading || groups.loading || members.loading;
  const error = grants.error ?? tools.error ?? groups.error ?? members.error;
  const retry = () => {
    for (const query of [grants, tools, groups, members]) query.reload();
  };
  return (
    <>
      <div className="admin-page__head">
        <h1>{t("admin.sections.grants.title")}</h1>
        <p className="admin-muted">{t("admin.sections.grants.description")}</p>
        <p className="admin-muted admin-hint">{t("admin.grants.precedence")}</p>
      </div>
      <LoadState loading={loading && !grants.data} error={error} onRetry={retry} />
      {tools.data && groups.data && members.data && (
        <GrantForm
          tools={tools.data.tools.map((tool) => tool.name)}
          groups={directory.groups}
          members={directory.members}
          onSaved={grants.reload}
        />
      )}
      <section className="admin-card" aria-labelledby="admin-grants-list">
        <h2 id="admin-grants-list">{t("admin.grants.listHeading")}</h2>
        <StatusMessage text={outcome?.text ?? null} tone={outcome?.tone} />
        {grants.data?.grants.length === 0 && <p className="admin-muted">{t("admin.grants.none")}</p>}
        {grants.data && grants.data.grants.length > 0 && (
          <AdminTable
            label={t("admin.grants.listHeading")}
            columns={[
              t("admin.grants.columns.resource"),
              t("admin.grants.columns.subject"),
              t("admin.grants.columns.effect"),
            ]}
            actions
          >
            {grants.data.grants.map((grant) => {
              const subject = subjectName(t, grant, directory);
              return (
                <tr key={grant.id}>
                  <td>
                    <code>{grant.resourceId}</code>{" "}
                    <span className="admin-muted">
                      {t(`admin.grants.resourceTypes.${grant.resourceType}`)}
                    </span>
                  </td>
                  <td>{subject}</td>
                  <td>
                    <span className={`badge ${grant.effect === "allow" ? "badge--done" : "badge--failed"}`}>
                      {t(`admin.grants.effects.${grant.effect}`)}
                    </span>
                  </td>
                  <td className="admin-table__actions">
                    <ConfirmButton
                      label={t("admin.grants.remove")}
                      namedLabel={t("admin.grants.removeNamed", { resource: grant.resourceId, subject })}
                      question={t("admin.grants.confirmRemove")}
                      busy={busy}
                      onConfirm={() => void remove(grant)}
                    />
                  </td>
                </tr>
              );
            })}
          </AdminTable>
        )}
      </section>
    </>
  );
}
