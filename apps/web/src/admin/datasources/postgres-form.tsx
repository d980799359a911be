import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../../api/api-context.tsx";
import { TextField } from "../../app/text-field.tsx";
import { FormActions } from "../form-actions.tsx";
import { useAction } from "../use-action.ts";

const initial = {
  name: "",
  host: "",
  port: "5432",
  database: "",
  user: "",
  password: "",
  rowLimit: "1000",
  statementTimeoutMs: "10000",
};

/** Connects a PostgreSQL database: its address, a read-only role and its password, the row limit and timeout. */
export function PostgresForm({ onConnected }: { onConnected(name: string): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const headingId = useId();
  const { busy, outcome, run } = useAction();
  const [values, setValues] = useState(initial);
  const field = (name: keyof typeof initial) => ({
    value: values[name],
    onChange: (event: { target: { value: string } }) =>
      setValues((current) => ({ ...current, [name]: event.target.value })),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = {
      kind: "postgres",
      name: values.name.trim(),
      config: {
        host: values.host.trim(),
        port: Number(values.port),
        database: values.database.trim(),
        user: values.user.trim(),
        rowLimit: Number(values.rowLimit),
        statementTimeoutMs: Number(values.statementTimeoutMs),
      },
      password: values.password,
    };
    const name = body.name;
    if (await run(() => api.post("/v1/datasources", body), t("admin.datasources.connected", { name }))) {
      setValues(initial);
      onConnected(name);
    }
  };

  return (
    <form
      className="admin-card admin-form"
      onSubmit={(event) => void submit(event)}
      aria-labelledby={headingId}
    >
      <h2 id={headingId}>{t("admin.datasources.connectHeading")}</h2>
      <p className="admin-muted admin-hint">{t("admin.datasources.connectHint")}</p>
      <div className="admin-form__grid">
        <TextField label={t("admin.datasources.name")} required maxLength={100} {...field("name")} />
        <TextField label={t("admin.datasources.host")} required autoComplete="off" {...field("host")} />
        <TextField
          label={t("admin.datasources.port")}
          type="number"
          min={1}
          max={65535}
          required
          {...field("port")}
        />
        <TextField label={t("admin.datasources.database")} required {...field("database")} />
        <TextField label={t("admin.datasources.user")} required autoComplete="off" {...field("user")} />
        <TextField
          label={t("admin.datasources.password")}
          type="password"
          autoComplete="new-password"
          {...field("password")}
        />
        <TextField
          label={t("admin.datasources.rowLimit")}
          type="number"
          min={1}
          max={10000}
          required
          {...field("rowLimit")}
        />
        <TextField
          label={t("admin.datasources.timeout")}
          type="number"
          min={100}
          max={60000}
          required
          {...field("statementTimeoutMs")}
        />
      </div>
      <FormActions
        outcome={outcome?.tone === "failed" ? outcome : null}
        busy={busy}
        submitLabel={t("admin.datasources.connect")}
      />
    </form>
  );
}
