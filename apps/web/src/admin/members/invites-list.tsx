import { useTranslation } from "react-i18next";
import { useApi } from "../../api/api-context.tsx";
import { useFormat } from "../../i18n/use-format.ts";
import { AdminTable } from "../admin-table.tsx";
import type { Invite } from "../admin-types.ts";
import { StatusMessage } from "../status-message.tsx";
import { useAction } from "../use-action.ts";

const statusBadge: Record<Invite["status"], string> = {
  pending: "badge--waiting",
  accepted: "badge--done",
  revoked: "badge--busy",
  expired: "badge--failed",
};

/**
 * The tenant's invitations with their status. Revoke ends a pending link; resend mails the same address and role a
 * fresh link (`POST /v1/invites/:id/resend`), which replaces the earlier one.
 */
export function InvitesList({ invites, onChanged }: { invites: Invite[]; onChanged(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const { busy, outcome, run } = useAction();

  const act = async (invite: Invite, action: "revoke" | "resend") => {
    const done = await run(
      () =>
        action === "revoke"
          ? api.delete(`/v1/invites/${invite.id}`)
          : api.post(`/v1/invites/${invite.id}/resend`),
      t(action === "revoke" ? "admin.members.revoked" : "admin.members.resent", { email: invite.email }),
    );
    if (done) onChanged();
  };

  return (
    <section className="admin-card" aria-labelledby="admin-invites-heading">
      <h2 id="admin-invites-heading">{t("admin.members.invitesHeading")}</h2>
      <StatusMessage text={outcome?.text ?? null} tone={outcome?.tone} />
      {invites.length === 0 ? (
        <p className="admin-muted">{t("admin.members.noInvites")}</p>
      ) : (
        <AdminTable
          label={t("admin.members.invitesHeading")}
          columns={[
            t("admin.members.email"),
            t("admin.members.role"),
            t("admin.members.status"),
            t("admin.members.expires"),
          ]}
          actions
        >
          {invites.map((invite) => (
            <tr key={invite.id}>
              <td>{invite.email}</td>
              <td>{t(`account.roles.${invite.role}`)}</td>
              <td>
                <span className={`badge ${statusBadge[invite.status]}`}>
                  {t(`admin.members.inviteStatus.${invite.status}`)}
                </span>
              </td>
              <td>{format.dateTime(invite.expiresAt)}</td>
              <td className="admin-table__actions">
                {invite.status !== "accepted" && (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    disabled={busy}
                    aria-label={t("admin.members.resendTo", { email: invite.email })}
                    onClick={() => void act(invite, "resend")}
                  >
                    {t("admin.members.resend")}
                  </button>
                )}
                {invite.status === "pending" && (
                  <button
                    type="button"
                    className="button button--ghost button--small admin-danger"
                    disabled={busy}
                    aria-label={t("admin.members.revokeFor", { email: invite.email })}
                    onClick={() => void act(invite, "revoke")}
                  >
                    {t("admin.members.revoke")}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </AdminTable>
      )}
    </section>
  );
}
