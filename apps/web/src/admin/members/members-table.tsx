import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../../api/api-context.tsx";
import { ApiError } from "../../api/api-error.ts";
import { useMe } from "../../session/session-context.tsx";
import { AdminTable } from "../admin-table.tsx";
import { assignableRoles, type Member, type MemberRole } from "../admin-types.ts";
import { ConfirmButton } from "../confirm-button.tsx";
import { StatusMessage } from "../status-message.tsx";
import { useAction } from "../use-action.ts";

/**
 * The members with their role and status. Admins change a role in place and remove a member after confirming;
 * the tenant's last admin can be neither demoted nor removed, and the API's refusal is said in words.
 */
export function MembersTable({ members, onChanged }: { members: Member[]; onChanged(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const me = useMe();
  const canManage = me.permissions.includes("members:manage");
  const roles = assignableRoles(me.role);
  // In these two routes a conflict means only one thing: the member is the tenant's last admin.
  const explain = useCallback(
    (error: unknown) =>
      error instanceof ApiError && error.code === "PENNY_CONFLICT" ? t("admin.members.lastAdmin") : undefined,
    [t],
  );
  const { busy, outcome, run: runAction } = useAction(explain);
  const run = async (action: () => Promise<unknown>, done: string) => {
    if (await runAction(action, done)) onChanged();
  };

  const changeRole = (member: Member, role: MemberRole) =>
    run(
      () => api.patch(`/v1/members/${member.userId}`, { role }),
      t("admin.members.roleChanged", { name: member.name || member.email, role: t(`account.roles.${role}`) }),
    );
  const remove = (member: Member) =>
    run(
      () => api.delete(`/v1/members/${member.userId}`),
      t("admin.members.removed", { name: member.name || member.email }),
    );

  return (
    <section className="admin-card" aria-labelledby="admin-members-heading">
      <h2 id="admin-members-heading">{t("admin.members.membersHeading", { count: members.length })}</h2>
      <StatusMessage text={outcome?.text ?? null} tone={outcome?.tone} />
      <AdminTable
        label={t("admin.members.membersCaption")}
        columns={[
          t("admin.members.name"),
          t("admin.members.email"),
          t("admin.members.role"),
          t("admin.members.status"),
        ]}
        actions={canManage}
      >
        {members.map((member) => {
          const label = member.name || member.email;
          const editable = canManage && roles.includes(member.role);
          return (
            <tr key={member.userId}>
              <td>{member.name}</td>
              <td>{member.email}</td>
              <td>
                {editable ? (
                  <select
                    aria-label={t("admin.members.roleOf", { name: label })}
                    value={member.role}
                    disabled={busy}
                    onChange={(event) => void changeRole(member, event.target.value as MemberRole)}
                  >
                    {roles.map((role) => (
                      <option key={role} value={role}>
                        {t(`account.roles.${role}`)}
                      </option>
                    ))}
                  </select>
                ) : (
                  t(`account.roles.${member.role}`)
                )}
              </td>
              <td>
                <span className={`badge ${member.status === "active" ? "badge--done" : "badge--failed"}`}>
                  {t(`admin.members.memberStatus.${member.status}`)}
                </span>
              </td>
              {canManage && (
                <td className="admin-table__actions">
                  {editable && (
                    <ConfirmButton
                      label={t("admin.members.remove")}
                      namedLabel={t("admin.members.removeNamed", { name: label })}
                      question={t("admin.members.confirmRemove", { name: label })}
                      busy={busy}
                      onConfirm={() => void remove(member)}
                    />
                  )}
                </td>
              )}
            </tr>
          );
        })}
      </AdminTable>
    </section>
  );
}
