import { type FormEvent, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { SignInMfaEnrolment } from "../account/sign-in-mfa-enrolment.tsx";
import { ApiError } from "../api/api-error.ts";
import { useErrorText } from "../api/use-error-text.ts";
import { focusOnMount } from "../app/focus-on-mount.ts";
import { PennyMark } from "../app/penny-mark.tsx";
import { PreferencesMenu } from "../app/preferences-menu.tsx";
import { TextField } from "../app/text-field.tsx";
import { ForgotPasswordLink } from "../password-reset/forgot-password-link.tsx";
import { useSession } from "../session/session-context.tsx";
import { SignInLogo } from "../theme/sign-in-logo.tsx";
import { IdentityProviderButtons } from "./identity-provider-buttons.tsx";
import "./sign-in.css";

const LAST_TENANT_KEY = "penny.lastTenant";

/** Remembers the tenant last entered on this device, so its sign-in buttons show next time. */
export function rememberTenant(slug: string): void {
  localStorage.setItem(LAST_TENANT_KEY, slug);
}

/**
 * Email and password, then the second factor when the account owes one; "Sign in with …" for the tenant's identity
 * providers (the tenant comes from ?tenant= or the last one used here). Errors from an identity provider arrive as
 * ?error=<code> and are shown in words.
 */
export function SignInPage({ search, redirectTo }: { search: URLSearchParams; redirectTo: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const errorText = useErrorText();
  const headingId = useId();
  const errorId = useId();
  const tenantFromUrl = search.get("tenant") ?? undefined;
  const tenantSlug = tenantFromUrl ?? localStorage.getItem(LAST_TENANT_KEY) ?? undefined;
  const initialStep =
    session.state.status === "signed-out" && session.state.mfa
      ? session.state.mfa
      : (search.get("mfa") as "verify" | "enrol" | null);
  const [step, setStep] = useState<"password" | "verify" | "enrol">(initialStep ?? "password");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  const [busy, setBusy] = useState(false);
  const providerError = search.get("error");
  const [error, setError] = useState<string | null>(
    providerError
      ? errorText(new ApiError({ status: 400, code: providerError, message: t("signIn.providerFailed") }))
      : null,
  );
  const errorRef = useRef<HTMLParagraphElement>(null);

  const fail = (failure: unknown) => {
    setError(errorText(failure));
    queueMicrotask(() => errorRef.current?.focus());
  };

  const submitPassword = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const owed = await session.signIn({ email: email.trim(), password, tenant: tenantFromUrl });
      if (owed) setStep(owed);
    } catch (failure) {
      fail(failure);
    } finally {
      setBusy(false);
    }
  };

  const submitCode = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await session.verifyCode(code.trim());
    } catch (failure) {
      fail(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="sign-in">
      <header className="sign-in__bar">
        <PreferencesMenu />
      </header>
      <main className="sign-in__main">
        <section className="sign-in__card" aria-labelledby={headingId}>
          <SignInLogo tenantSlug={tenantFromUrl} />
          <PennyMark className="sign-in__mark" />
          <h1 id={headingId}>{t("signIn.title")}</h1>
          <p className="sign-in__lead">{t("signIn.lead")}</p>
          {error && (
            <p className="form-error" role="alert" id={errorId} tabIndex={-1} ref={errorRef}>
              {error}
            </p>
          )}
          {step === "password" && (
            <form onSubmit={submitPassword} noValidate>
              <TextField
                label={t("signIn.email")}
                type="email"
                name="email"
                autoComplete="username"
                required
                value={email}
                onChange={(event) => setEmail(event.target.value)}
                aria-describedby={error ? errorId : undefined}
              />
              <TextField
                label={t("signIn.password")}
                type="password"
                name="password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(event) => setPassword(event.target.value)}
              />
              <button className="button button--primary button--block" type="submit" disabled={busy}>
                {busy ? t("signIn.signingIn") : t("signIn.submit")}
              </button>
              <ForgotPasswordLink />
            </form>
          )}
          {step === "verify" && (
            <form onSubmit={submitCode} noValidate>
              <p>{t("signIn.codeHelp")}</p>
              <TextField
                label={t("signIn.code")}
                name="code"
                inputMode="numeric"
                autoComplete="one-time-code"
                required
                value={code}
                onChange={(event) => setCode(event.target.value)}
                inputRef={focusOnMount}
              />
              <button className="button button--primary button--block" type="submit" disabled={busy}>
                {t("signIn.verify")}
              </button>
            </form>
          )}
          {step === "enrol" && <SignInMfaEnrolment redirectTo={redirectTo} />}
          {step === "password" && tenantSlug && (
            <IdentityProviderButtons tenantSlug={tenantSlug} redirectTo={redirectTo} />
          )}
        </section>
      </main>
    </div>
  );
}
