import { useCallback, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../api/api-context.tsx";
import type { ApiKey, CreatedApiKey } from "./api-key.ts";
import { ApiKeyRow } from "./api-key-row.tsx";
import { CreateApiKeyForm } from "./create-api-key-form.tsx";
import { LoadedState } from "./loaded-state.tsx";
import { NewApiKeySecret } from "./new-api-key-secret.tsx";
import { useLoaded } from "./use-loaded.ts";

/** Personal access tokens: create one (its secret shown once), see them, revoke them. */
export function ApiKeysSection() {
  const { t } = useTranslation();
  const api = useApi();
  const headingId = useId();
  const load = useCallback(
    (signal: AbortSignal) =>
      api
        .get<{ keys: ApiKey[] }>("/v1/api-keys", { signal })
        .then((answer) => answer.keys.filter((key) => !key.revokedAt)),
    [api],
  );
  const { state, reload } = useLoaded(load);
  const [created, setCreated] = useState<CreatedApiKey | null>(null);

  return (
    <section className="account__card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("accountPage.apiKeys.heading")}</h2>
      <p className="account__lead">{t("accountPage.apiKeys.lead")}</p>
      {created ? (
        <NewApiKeySecret created={created} onDone={() => setCreated(null)} />
      ) : (
        <CreateApiKeyForm
          onCreated={(answer) => {
            setCreated(answer);
            reload();
          }}
        />
      )}
      <LoadedState state={state}>
        {(keys) =>
          keys.length === 0 ? (
            <p className="account__muted">{t("accountPage.apiKeys.empty")}</p>
          ) : (
            <ul className="account__list" aria-labelledby={headingId}>
              {keys.map((key) => (
                <ApiKeyRow key={key.id} apiKey={key} onRevoked={reload} />
              ))}
            </ul>
          )
        }
      </LoadedState>
    </section>
  );
}
