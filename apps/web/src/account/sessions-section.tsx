import { useCallback, useId } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../api/api-context.tsx";
import { useFormat } from "../i18n/use-format.ts";
import { describeDevice } from "./describe-device.ts";
import { FormError } from "./form-error.tsx";
import { LoadedState } from "./loaded-state.tsx";
import { useFormAction } from "./use-form-action.ts";
import { useLoaded } from "./use-loaded.ts";

interface SignedInSession {
  id: string;
  ip: string | null;
  userAgent: string | null;
  createdAt: string;
  lastSeenAt: string;
  current: boolean;
}

/** Where the person is signed in, which one is this browser, and signing out of the others. */
export function SessionsSection() {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const headingId = useId();
  const load = useCallback(
    (signal: AbortSignal) =>
      api
        .get<{ sessions: SignedInSession[] }>("/v1/me/sessions", { signal })
        .then((answer) => answer.sessions),
    [api],
  );
  const { state, reload } = useLoaded(load);
  const { busy, error, run } = useFormAction();

  const revoke = (ids: string[]) =>
    run(async () => {
      try {
        for (const id of ids) await api.delete(`/v1/me/sessions/${id}`);
      } finally {
        reload();
      }
    });

  return (
    <section className="account__card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("accountPage.sessions.heading")}</h2>
      <p className="account__lead">{t("accountPage.sessions.lead")}</p>
      <FormError message={error} />
      <LoadedState state={state}>
        {(sessions) => {
          const others = sessions.filter((session) => !session.current);
          return (
            <>
              <ul className="account__list" aria-labelledby={headingId}>
                {sessions.map((session) => {
                  const device = describeDevice(session.userAgent) ?? t("accountPage.sessions.unknownDevice");
                  return (
                    <li key={session.id} className="account__row">
                      <div className="account__row-main">
                        <p className="account__row-title">
                          {device}
                          {session.current && (
                            <span className="badge badge--done">{t("accountPage.sessions.thisOne")}</span>
                          )}
                        </p>
                        <p className="account__row-meta">
                          {[
                            session.ip,
                            `${t("accountPage.sessions.signedIn")}: ${format.dateTime(session.createdAt)}`,
                            `${t("accountPage.sessions.lastSeen")}: ${format.ago(session.lastSeenAt)}`,
                          ]
                            .filter(Boolean)
                            .join(" · ")}
                        </p>
                      </div>
                      {!session.current && (
                        <button
                          type="button"
                          className="button button--secondary button--small"
                          aria-label={t("accountPage.sessions.revokeNamed", { device })}
                          disabled={busy}
                          onClick={() => void revoke([session.id])}
                        >
                          {t("accountPage.sessions.revoke")}
                        </button>
                      )}
                    </li>
                  );
                })}
              </ul>
              {others.length === 0 ? (
                <p className="account__muted">{t("accountPage.sessions.none")}</p>
              ) : (
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={busy}
                  onClick={() => void revoke(others.map((session) => session.id))}
                >
                  {t("accountPage.sessions.revokeOthers")}
                </button>
              )}
            </>
          );
        }}
      </LoadedState>
    </section>
  );
}
