import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../../api/api-context.tsx";
import { TextField } from "../../app/text-field.tsx";
import { useMe } from "../../session/session-context.tsx";
import { assignableRoles, type MemberRole } from "../admin-types.ts";
import { SelectField } from "../select-field.tsx";
import { StatusMessage } from "../status-message.tsx";
import { useAction } from "../use-action.ts";

/** Invite by email with a role (never above the inviter's); the list of invites refreshes after. */
export function InviteForm({ onInvited }: { onInvited(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const me = useMe();
  const roles = assignableRoles(me.role);
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<MemberRole>(
    roles.includes("creator") ? "creator" : (roles.at(-1) ?? "viewer"),
  );
  const { busy, outcome, run } = useAction();
  const roleId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const address = email.trim();
    const sent = await run(
      () => api.post<{ delivered: "smtp" | "outbox" }>("/v1/invites", { email: address, role }),
      (answer) => t(`admin.members.invited.${answer.delivered}`, { email: address }),
    );
    if (!sent) return;
    setEmail("");
    onInvited();
  };

  return (
    <form
      className="admin-card admin-form"
      onSubmit={(event) => void submit(event)}
      aria-labelledby={`${roleId}-h`}
    >
      <h2 id={`${roleId}-h`}>{t("admin.members.inviteHeading")}</h2>
      <p className="admin-muted">{t("admin.members.inviteLead")}</p>
      <div className="admin-form__row">
        <TextField
          label={t("admin.members.email")}
          type="email"
          required
          autoComplete="off"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <SelectField
          label={t("admin.members.role")}
          value={role}
          onChange={(event) => setRole(event.target.value as MemberRole)}
        >
          {roles.map((entry) => (
            <option key={entry} value={entry}>
              {t(`account.roles.${entry}`)}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="button button--primary admin-form__submit" disabled={busy}>
          {busy ? t("admin.members.inviting") : t("admin.members.sendInvite")}
        </button>
      </div>
      <StatusMessage text={outcome?.text ?? null} tone={outcome?.tone} />
    </form>
  );
}
