import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useErrorText } from "../api/use-error-text.ts";
import type { Collection } from "./knowledge-types.ts";
import { ReadersFields } from "./readers-fields.tsx";

/** Creates a collection, or changes one's name, description and readers. Nothing is saved until it is sent. */
export function CollectionForm(props: {
  initial?: Collection;
  groups: { id: string; name: string }[];
  onSave: (input: { name: string; description: string; access: Collection["access"] }) => Promise<unknown>;
  onCancel?: () => void;
}) {
  const { initial, groups, onSave, onCancel } = props;
  const { t } = useTranslation();
  const errorText = useErrorText();
  const nameId = useId();
  const descriptionId = useId();
  const [name, setName] = useState(initial?.name ?? "");
  const [description, setDescription] = useState(initial?.description ?? "");
  const [access, setAccess] = useState<Collection["access"]>(initial?.access ?? {});
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const label = initial
    ? t("knowledge.collections.editNamed", { name: initial.name })
    : t("knowledge.collections.create");

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      await onSave({ name: name.trim(), description: description.trim(), access });
      if (!initial) {
        setName("");
        setDescription("");
        setAccess({});
      }
    } catch (failure) {
      setError(failure);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="knowledge-collection-form" aria-label={label} onSubmit={onSubmit}>
      <label htmlFor={nameId}>{t("knowledge.collections.name")}</label>
      <input
        id={nameId}
        required
        maxLength={120}
        value={name}
        onChange={(event) => setName(event.target.value)}
      />
      <label htmlFor={descriptionId}>{t("knowledge.collections.description")}</label>
      <input
        id={descriptionId}
        maxLength={500}
        value={description}
        onChange={(event) => setDescription(event.target.value)}
      />
      <ReadersFields value={access} groups={groups} onChange={setAccess} />
      {error !== null && (
        <p className="form-error" role="alert">
          {errorText(error)}
        </p>
      )}
      <div className="knowledge-collection-form__actions">
        <button type="submit" className="button button--primary button--small" disabled={saving}>
          {initial ? t("knowledge.collections.save") : t("knowledge.collections.createButton")}
        </button>
        {onCancel && (
          <button type="button" className="button button--ghost button--small" onClick={onCancel}>
            {t("knowledge.cancel")}
          </button>
        )}
      </div>
    </form>
  );
}
