import { useState } from "react";
import { useTranslation } from "react-i18next";
import { followInApp } from "../account/follow-in-app.ts";
import { FormError } from "../account/form-error.tsx";
import { useFormAction } from "../account/use-form-action.ts";
import { useApi } from "../api/api-context.tsx";
import { focusOnMount } from "../app/focus-on-mount.ts";
import { navigate } from "../app/router.ts";
import { TextField } from "../app/text-field.tsx";
import { EmailField } from "../password-reset/email-field.tsx";
import { NewPasswordField } from "../password-reset/new-password-field.tsx";
import { SubmitButton } from "../password-reset/submit-button.tsx";
import { useSession } from "../session/session-context.tsx";
import { type AcceptedInvite, invitePath } from "./accepted-invite.ts";

/**
 * A visitor's acceptance: email, name and password make the account and sign it in. The email is only for signing
 * in afterwards; the server takes the address from the invitation. An address that already has an account is
 * linked as it is (its password unchanged), so the page then asks to sign in with the usual password.
 */
export function AcceptAsNewAccount({ token }: { token: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const session = useSession();
  const { busy, error, submit } = useFormAction();
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const [joined, setJoined] = useState<string | null>(null);

  const join = async () => {
    const accepted = await api.post<AcceptedInvite>(`/v1/invites/${encodeURIComponent(token)}/accept`, {
      name: name.trim(),
      password,
    });
    const role = t(`account.roles.${accepted.role}`);
    if (!accepted.createdUser) {
      setJoined(t("invite.joinedExisting", { role }));
      return;
    }
    try {
      const owed = await session.signIn({ email: email.trim(), password });
      navigate(owed ? "/login" : "/", { replace: true });
    } catch {
      // The account exists and is a member; only signing in with the typed address failed.
      setJoined(t("invite.joinedSignIn", { role }));
    }
  };

  if (joined) {
    return (
      <>
        <p className="public-card__done" role="status" tabIndex={-1} ref={focusOnMount}>
          {joined}
        </p>
        <a className="button button--primary button--block" href="/login" onClick={followInApp}>
          {t("invite.signIn")}
        </a>
      </>
    );
  }

  return (
    <>
      <FormError message={error} />
      <form onSubmit={submit(join)} noValidate>
        <EmailField label={t("invite.email")} value={email} onChange={setEmail} />
        <TextField
          label={t("invite.name")}
          name="name"
          autoComplete="name"
          required
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <NewPasswordField
          label={t("invite.password")}
          name="new-password"
          value={password}
          onChange={setPassword}
        />
        <SubmitButton busy={busy} label={t("invite.create")} busyLabel={t("invite.joining")} />
      </form>
      <p className="public-card__footer">
        {t("invite.haveAccount")}{" "}
        <a href={`/login?next=${encodeURIComponent(invitePath(token))}`} onClick={followInApp}>
          {t("invite.signInToAccept")}
        </a>
      </p>
    </>
  );
}
