import { useTranslation } from "react-i18next";
import type { Collection } from "./knowledge-types.ts";

/** The roles a collection's readers may be chosen by (the API's member roles). */
export const READER_ROLES = ["admin", "manager", "creator", "viewer"] as const;

/** Who may read a collection: ticks for roles and for groups; nothing ticked means every member. */
export function ReadersFields(props: {
  value: Collection["access"];
  groups: { id: string; name: string }[];
  onChange: (access: Collection["access"]) => void;
}) {
  const { value, groups, onChange } = props;
  const { t } = useTranslation();
  const toggle = (list: string[] | undefined, entry: string, on: boolean) => {
    const next = new Set(list ?? []);
    if (on) next.add(entry);
    else next.delete(entry);
    return [...next];
  };
  return (
    <fieldset className="knowledge-readers">
      <legend>{t("knowledge.collections.readers")}</legend>
      <p className="knowledge-readers__hint">{t("knowledge.collections.readersHint")}</p>
      <div className="knowledge-readers__choices">
        {READER_ROLES.map((role) => (
          <label key={role} className="knowledge-check">
            <input
              type="checkbox"
              checked={value.roles?.includes(role) ?? false}
              onChange={(event) =>
                onChange({ ...value, roles: toggle(value.roles, role, event.target.checked) })
              }
            />
            {t(`knowledge.roles.${role}`)}
          </label>
        ))}
        {groups.map((group) => (
          <label key={group.id} className="knowledge-check">
            <input
              type="checkbox"
              checked={value.groups?.includes(group.id) ?? false}
              onChange={(event) =>
                onChange({ ...value, groups: toggle(value.groups, group.id, event.target.checked) })
              }
            />
            {t("knowledge.collections.group", { name: group.name })}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
