import type { TFunction } from "i18next";
import type { Grant, Group, Member } from "../admin-types.ts";

/** Who a grant applies to, in words: a role's name, a group's name or a person's name and email. */
export function subjectName(
  t: TFunction,
  grant: Pick<Grant, "subjectType" | "subjectId">,
  directory: { groups: Group[]; members: Member[] },
): string {
  const kind = t(`admin.grants.subjectTypes.${grant.subjectType}`);
  if (grant.subjectType === "role") {
    return `${kind} ${t(`account.roles.${grant.subjectId}`, { defaultValue: grant.subjectId })}`;
  }
  const found =
    grant.subjectType === "group"
      ? directory.groups.find((group) => group.id === grant.subjectId)?.name
      : directory.members
          .filter((member) => member.userId === grant.subjectId)
          .map((member) => `${member.name} (${member.email})`)[0];
  return `${kind} ${found ?? t("admin.grants.unknownSubject", { id: grant.subjectId })}`;
}
