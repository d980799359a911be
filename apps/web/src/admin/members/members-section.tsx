import { useTranslation } from "react-i18next";
import { useMe } from "../../session/session-context.tsx";
import type { Invite, Member } from "../admin-types.ts";
import { LoadState } from "../load-state.tsx";
import { useAdminQuery } from "../use-admin-query.ts";
import { InviteForm } from "./invite-form.tsx";
import { InvitesList } from "./invites-list.tsx";
import { MembersTable } from "./members-table.tsx";

/** Members and invitations: invite first (the most common task), then pending invitations, then the members. */
export default function MembersSection() {
  const { t } = useTranslation();
  const me = useMe();
  const canInvite = me.permissions.includes("invites:manage");
  const members = useAdminQuery<{ members: Member[] }>("/v1/members");
  const invites = useAdminQuery<{ invites: Invite[] }>(canInvite ? "/v1/invites" : null);

  return (
    <>
      <div className="admin-page__head">
        <h1>{t("admin.sections.members.title")}</h1>
        <p className="admin-muted">{t("admin.sections.members.description")}</p>
      </div>
      {canInvite && (
        <>
          <InviteForm onInvited={invites.reload} />
          <LoadState
            loading={invites.loading && !invites.data}
            error={invites.error}
            onRetry={invites.reload}
          />
          {invites.data && <InvitesList invites={invites.data.invites} onChanged={invites.reload} />}
        </>
      )}
      <LoadState loading={members.loading && !members.data} error={members.error} onRetry={members.reload} />
      {members.data && <MembersTable members={members.data.members} onChanged={members.reload} />}
    </>
  );
}
