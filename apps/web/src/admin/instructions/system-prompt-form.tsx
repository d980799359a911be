import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../../api/api-context.tsx";
import { useFormat } from "../../i18n/use-format.ts";
import type { SystemPrompt } from "../admin-types.ts";
import { FormActions } from "../form-actions.tsx";
import { LoadState } from "../load-state.tsx";
import { useAction } from "../use-action.ts";
import { useAdminQuery } from "../use-admin-query.ts";

/** The server's limit on the tenant's system prompt (its PUT refuses longer text). */
const SYSTEM_PROMPT_MAX_LENGTH = 20_000;

/** The tenant's system prompt: the instructions every model reads first. */
export function SystemPromptForm() {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const { busy, outcome, run } = useAction();
  const stored = useAdminQuery<{ systemPrompt: SystemPrompt }>("/v1/prompts/system");
  const [text, setText] = useState("");
  const [updatedAt, setUpdatedAt] = useState<string | null>(null);

  useEffect(() => {
    if (!stored.data) return;
    setText(stored.data.systemPrompt.text);
    setUpdatedAt(stored.data.systemPrompt.updatedAt);
  }, [stored.data]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run(async () => {
      const answer = await api.put<{ systemPrompt: SystemPrompt }>("/v1/prompts/system", { text });
      setUpdatedAt(answer.systemPrompt.updatedAt);
    }, t("admin.saved"));
  };

  return (
    <form
      className="admin-card admin-form"
      onSubmit={(event) => void submit(event)}
      aria-labelledby="admin-system-prompt"
    >
      <h2 id="admin-system-prompt">{t("admin.instructions.systemHeading")}</h2>
      <p className="admin-muted">{t("admin.instructions.systemLead")}</p>
      <LoadState loading={stored.loading && !stored.data} error={stored.error} onRetry={stored.reload} />
      <label className="field">
        <span className="field__label">{t("admin.instructions.systemLabel")}</span>
        <textarea
          rows={8}
          maxLength={SYSTEM_PROMPT_MAX_LENGTH}
          value={text}
          disabled={!stored.data}
          aria-describedby="admin-system-prompt-count"
          onChange={(event) => setText(event.target.value)}
        />
      </label>
      <p id="admin-system-prompt-count" className="admin-muted admin-hint">
        {t("admin.instructions.characters", {
          count: text.length,
          used: format.number(text.length),
          max: format.number(SYSTEM_PROMPT_MAX_LENGTH),
        })}
        {updatedAt ? ` · ${t("admin.instructions.updated", { when: format.dateTime(updatedAt) })}` : ""}
      </p>
      <FormActions
        outcome={outcome}
        busy={busy}
        submitLabel={t("admin.instructions.saveSystem")}
        disabled={!stored.data}
      />
    </form>
  );
}
