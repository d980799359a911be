import { type AnyColumn, and, not, or, type SQL, sql } from "drizzle-orm";
import { ScimInvalidFilterError } from "./errors/scim-invalid-filter-error.ts";
import type { ScimCompareOperator, ScimFilter, ScimFilterValue } from "./scim-filter.ts";
import { compareScimValue } from "./scim-filter-match.ts";
import { isScimId } from "./scim-id.ts";

/**
 * How one filterable attribute is stored: a text column (compared case-insensitively unless `caseExact`), a
 * boolean condition, a uuid or timestamp column, or a constant (Penny's one email is always `type "work"`).
 */
export type ScimFilterAttribute =
  | { type: "string"; column: AnyColumn; caseExact?: boolean }
  | { type: "boolean"; whenTrue: SQL }
  | { type: "id"; column: AnyColumn }
  | { type: "dateTime"; column: AnyColumn }
  | { type: "constant"; value: ScimFilterValue };

const comparisons: Record<ScimCompareOperator, string> = {
  eq: "=",
  ne: "<>",
  co: "",
  sw: "",
  ew: "",
  gt: ">",
  ge: ">=",
  lt: "<",
  le: "<=",
};

/**
 * Turns a parsed filter into a SQL condition over the columns `attributes` names (keys lowercased, as the parser
 * writes them). Filtering on anything else, or comparing in a way the attribute's type does not allow, is an
 * invalid filter rather than an empty answer, so a directory learns its filter was not understood.
 */
export function scimFilterToSql(
  filter: ScimFilter,
  attributes: Readonly<Record<string, ScimFilterAttribute>>,
  prefix = "",
): SQL {
  switch (filter.kind) {
    case "and":
      return and(
        scimFilterToSql(filter.left, attributes, prefix),
        scimFilterToSql(filter.right, attributes, prefix),
      ) as SQL;
    case "or":
      return or(
        scimFilterToSql(filter.left, attributes, prefix),
        scimFilterToSql(filter.right, attributes, prefix),
      ) as SQL;
    case "not":
      // A comparison with an unset (NULL) attribute is unknown, not false; `not` of it must still match.
      return sql`not coalesce((${scimFilterToSql(filter.filter, attributes, prefix)}), false)`;
    case "valuePath":
      return scimFilterToSql(filter.filter, attributes, `${prefix}${filter.attribute}.`);
    case "present":
      return presentCondition(attributeOf(attributes, `${prefix}${filter.attribute}`));
    case "compare":
      return compareCondition(attributeOf(attributes, `${prefix}${filter.attribute}`), filter);
  }
}

function attributeOf(
  attributes: Readonly<Record<string, ScimFilterAttribute>>,
  path: string,
): ScimFilterAttribute {
  const attribute = attributes[path];
  if (!attribute) {
    throw new ScimInvalidFilterError(
      `Filtering on "${path}" is not supported; filterable here: ${Object.keys(attributes).join(", ")}.`,
    );
  }
  return attribute;
}

function presentCondition(attribute: ScimFilterAttribute): SQL {
  if (attribute.type === "string")
    return sql`(${attribute.column} is not null and ${attribute.column} <> '')`;
  if (attribute.type === "constant") return attribute.value === null ? sql`false` : sql`true`;
  return sql`true`;
}

function compareCondition(
  attribute: ScimFilterAttribute,
  filter: Extract<ScimFilter, { kind: "compare" }>,
): SQL {
  const { operator, value } = filter;
  switch (attribute.type) {
    case "constant":
      return compareScimValue(attribute.value, operator, value) ? sql`true` : sql`false`;
    case "boolean": {
      if (typeof value !== "boolean" || (operator !== "eq" && operator !== "ne")) {
        throw invalid(filter, "compares only with eq or ne and true or false");
      }
      return value === (operator === "eq") ? attribute.whenTrue : not(attribute.whenTrue);
    }
    case "id": {
      if (typeof value !== "string" || (operator !== "eq" && operator !== "ne")) {
        throw invalid(filter, "compares only with eq or ne and a quoted id");
      }
      // An id that is not a uuid matches nothing (rather than failing the cast in the database).
      const equal = isScimId(value) ? sql`${attribute.column} = ${value}` : sql`false`;
      return operator === "eq" ? equal : not(equal);
    }
    case "dateTime": {
      const at = typeof value === "string" ? new Date(value) : undefined;
      if (!at || Number.isNaN(at.getTime()) || ["co", "sw", "ew"].includes(operator)) {
        throw invalid(filter, "compares with eq, ne, gt, ge, lt or le and a quoted date-time");
      }
      return sql`${attribute.column} ${sql.raw(comparisons[operator])} ${at.toISOString()}`;
    }
    case "string":
      return stringCondition(attribute, filter);
  }
}

function stringCondition(
  attribute: Extract<ScimFilterAttribute, { type: "string" }>,
  filter: Extract<ScimFilter, { kind: "compare" }>,
): SQL {
  const { operator, value } = filter;
  if (value === null && (operator === "eq" || operator === "ne")) {
    return operator === "eq" ? sql`${attribute.column} is null` : sql`${attribute.column} is not null`;
  }
  if (typeof value !== "string") throw invalid(filter, "compares with a quoted string");
  const column = attribute.caseExact ? sql`${attribute.column}` : sql`lower(${attribute.column})`;
  const expected = attribute.caseExact ? sql`${value}` : sql`lower(${value}::text)`;
  if (operator === "co" || operator === "sw" || operator === "ew") {
    const escaped = value.replace(/[\\%_]/g, "\\$&");
    const pattern = operator === "co" ? `%${escaped}%` : operator === "sw" ? `${escaped}%` : `%${escaped}`;
    return attribute.caseExact
      ? sql`${attribute.column} like ${pattern}`
      : sql`${attribute.column} ilike ${pattern}`;
  }
  if (operator === "ne") return sql`${column} is distinct from ${expected}`;
  return sql`${column} ${sql.raw(comparisons[operator])} ${expected}`;
}

function invalid(filter: Extract<ScimFilter, { kind: "compare" }>, rule: string): ScimInvalidFilterError {
  return new ScimInvalidFilterError(`"${filter.attribute} ${filter.operator}": this attribute ${rule}.`);
}
