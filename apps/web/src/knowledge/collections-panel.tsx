import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../api/api-context.tsx";
import { useErrorText } from "../api/use-error-text.ts";
import { CollectionForm } from "./collection-form.tsx";
import { ConfirmAction } from "./confirm-action.tsx";
import type { Collection } from "./knowledge-types.ts";
import type { useCollections } from "./use-collections.ts";

/** The groups readers may be chosen from; empty when the caller may not list groups. */
function useGroups() {
  const api = useApi();
  const [groups, setGroups] = useState<{ id: string; name: string }[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    api
      .get<{ groups: { id: string; name: string }[] }>("/v1/groups", { signal: controller.signal })
      .then((answer) => setGroups(answer.groups))
      .catch(() => setGroups([]));
    return () => controller.abort();
  }, [api]);
  return groups;
}

/** For those who manage knowledge: create a collection, rename it, change its readers, delete it (with its files). */
export function CollectionsPanel({ state }: { state: ReturnType<typeof useCollections> }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const headingId = useId();
  const groups = useGroups();
  const [editing, setEditing] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const readersOf = (collection: Collection) => {
    const roles = (collection.access.roles ?? []).map((role) =>
      t(`knowledge.roles.${role}` as "knowledge.roles.admin"),
    );
    const named = (collection.access.groups ?? []).map(
      (id) => groups.find((group) => group.id === id)?.name ?? t("knowledge.collections.aGroup"),
    );
    const all = [...roles, ...named];
    return all.length > 0 ? all.join(", ") : t("knowledge.collections.everyone");
  };

  return (
    <section className="knowledge-collections" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("knowledge.collections.heading")}</h2>
      {state.collections.length > 0 && (
        <ul className="knowledge-collections__list">
          {state.collections.map((collection) => (
            <li key={collection.id} className="knowledge-collections__item">
              {editing === collection.id ? (
                <CollectionForm
                  initial={collection}
                  groups={groups}
                  onCancel={() => setEditing(null)}
                  onSave={async (input) => {
                    await state.update(collection.id, input);
                    setEditing(null);
                  }}
                />
              ) : (
                <>
                  <div>
                    <strong>{collection.name}</strong>
                    {collection.description && <p>{collection.description}</p>}
                    <p className="knowledge-collections__meta">
                      {t("knowledge.collections.count", { count: collection.documentCount })} ·{" "}
                      {t("knowledge.collections.readBy", { readers: readersOf(collection) })}
                    </p>
                  </div>
                  <div className="knowledge-collections__actions">
                    <button
                      type="button"
                      className="button button--ghost button--small"
                      aria-label={t("knowledge.collections.editNamed", { name: collection.name })}
                      onClick={() => setEditing(collection.id)}
                    >
                      {t("knowledge.collections.edit")}
                    </button>
                    <ConfirmAction
                      label={t("knowledge.files.delete")}
                      namedLabel={t("knowledge.collections.deleteNamed", { name: collection.name })}
                      question={t("knowledge.collections.deleteQuestion", {
                        name: collection.name,
                        count: collection.documentCount,
                      })}
                      onConfirm={() => {
                        setFailure(null);
                        state.remove(collection.id).catch(setFailure);
                      }}
                    />
                  </div>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {failure !== null && (
        <p className="form-error" role="alert">
          {errorText(failure)}
        </p>
      )}
      <h3>{t("knowledge.collections.new")}</h3>
      <CollectionForm groups={groups} onSave={state.create} />
    </section>
  );
}
