import { extractFeatures } from "./concept-matcher.ts";
import type { EntityKind } from "./entity-resolver.ts";
import { matchEnumValue, tiedEnumValues } from "./enum-matcher.ts";
import { resolveJiraKey } from "./jira-key-resolver.ts";
import { normalizeText, splitIdentifier } from "./normalize-text.ts";
import { extractBoolean, extractNumber } from "./number-slot.ts";
import { resolveAssignee } from "./person-resolver.ts";
import type { RequestContext } from "./request-context.ts";
import { descriptionOf, enumOf, propertiesOf, requiredOf, type SchemaNode } from "./schema-view.ts";
import { extractSearchQuery } from "./search-query.ts";
import { type SlotRole, slotRoleOf } from "./slot-role.ts";
import { parseTableFromText, pickAxes, type TableRows } from "./table-data.ts";
import {
  extractCollection,
  extractDescription,
  extractLabels,
  extractMessage,
  extractPatterned,
  extractQuoted,
  extractTitle,
} from "./text-slots.ts";
import type { ToolDefinition } from "./tool-vocabulary.ts";

/** Why the model must ask instead of calling the tool. */
export type Clarification =
  | { reason: "unknown-entity"; kind: EntityKind; name: string }
  | { reason: "missing-argument"; property: string; role: SlotRole; description: string; options: string[] };

/** Either complete arguments for the tool, or the question to ask first. */
export type FillOutcome =
  | { kind: "filled"; input: Record<string, unknown> }
  | { kind: "clarify"; clarification: Clarification };

/** Data already at hand (e.g. a table from an earlier tool result) that the sentence itself does not contain. */
export interface FillExtras {
  table?: TableRows;
  /** What earlier steps of the request produced, in words (e.g. "Created Jira issue OPS-7 … <link>"), for a message. */
  reference?: string;
}

class NeedsClarification {
  constructor(readonly clarification: Clarification) {}
}

const kindValuePatterns: Record<EntityKind, RegExp> = {
  project: /project|proyecto/i,
  bu: /^bu$|business|unit|unidad/i,
};
const wholeCompanyValue = /^(company|all|global|total|organization|org|empresa)$/i;

function entityKindOfName(name: string): EntityKind | undefined {
  if (/project/i.test(name)) return "project";
  if (/business|unit|(^|[^a-z])bu([^a-z]|$)|division/i.test(name)) return "bu";
  return undefined;
}

function periodValue(request: RequestContext, values: unknown[], required: boolean): string | undefined {
  const strings = values.filter((value): value is string => typeof value === "string");
  const period = request.period;
  if (period) {
    const unit = { MTD: "month", QTD: "quarter", YTD: "year" }[period];
    const found =
      strings.find((value) => value.toUpperCase() === period) ??
      strings.find((value) => normalizeText(value).includes(unit));
    if (found) return found;
  }
  // A KPI asked for without a period is read as "the current period": the first (shortest) one the tool offers.
  return required ? strings[0] : undefined;
}

function safePattern(schema: SchemaNode): RegExp {
  try {
    return typeof schema.pattern === "string" ? new RegExp(schema.pattern) : /^[A-Z][A-Z0-9]+$/;
  } catch {
    return /^[A-Z][A-Z0-9]+$/;
  }
}

function textWithoutCountsAndCollections(text: string): string {
  return text
    .replace(
      /\b(?:top|first|best|primer[oa]s|mejores|los|las)\s+\d+\b|\b\d+\s+(?:results?|documents?|passages?|matches|hits|resultados?|documentos?|fragmentos?)\b/giu,
      " ",
    )
    .replace(
      /\b(?:in|from|en|de)\s+(?:the\s+|la\s+)?["']?[\p{L}\p{N}_-]+["']?\s+(?:collection|colecci[oó]n)\b/giu,
      " ",
    );
}

class ArgumentFiller {
  private scopeKind: EntityKind | undefined;

  constructor(
    private readonly request: RequestContext,
    private readonly extras: FillExtras,
  ) {}

  fillObject(schema: SchemaNode, depth: number): Record<string, unknown> {
    const required = new Set(requiredOf(schema));
    const properties = propertiesOf(schema).sort(([leftName, left], [rightName, right]) => {
      const rank = (name: string, node: SchemaNode) => (slotRoleOf(name, node) === "scope" ? 0 : 1);
      return rank(leftName, left) - rank(rightName, right);
    });
    const input: Record<string, unknown> = {};
    for (const [name, property] of properties) {
      const value =
        depth > 4 ? undefined : this.fillProperty(name, property, required.has(name), depth, input);
      if (value !== undefined) input[name] = value;
      else if (property.default !== undefined) input[name] = property.default;
      else if (required.has(name)) {
        const options = (enumOf(property) ?? []).filter(
          (option): option is string => typeof option === "string",
        );
        throw new NeedsClarification({
          reason: "missing-argument",
          property: name,
          role: slotRoleOf(name, property),
          description: descriptionOf(property),
          options,
        });
      }
    }
    return input;
  }

  private fillProperty(
    name: string,
    schema: SchemaNode,
    required: boolean,
    depth: number,
    siblings: Record<string, unknown>,
  ): unknown {
    const text = this.request.text;
    const role = slotRoleOf(name, schema);
    switch (role) {
      case "scope":
        return this.fillScope(enumOf(schema) ?? []);
      case "entity-id":
        return this.fillEntityId(entityKindOfName(name) ?? this.scopeKind);
      case "period":
        return periodValue(this.request, enumOf(schema) ?? [], required);
      case "enum":
        return this.fillEnum(name, schema, required);
      case "jira-key":
        return resolveJiraKey(text, this.request.catalogue, safePattern(schema));
      case "title":
        return required ? extractTitle(text) : (extractQuoted(text) ?? undefined);
      case "assignee":
        return resolveAssignee(text, this.request.catalogue);
      case "description":
        return extractDescription(text);
      case "query":
        return extractSearchQuery(textWithoutCountsAndCollections(text));
      case "message":
        return this.fillMessage();
      case "pattern":
        return extractPatterned(text, safePattern(schema)) ?? this.namedValue(name);
      case "collection":
        return extractCollection(text);
      case "labels":
        return extractLabels(text);
      case "rows":
        return this.extras.table ?? parseTableFromText(text);
      case "axis":
        return this.fillAxis(name, siblings);
      case "number":
        return extractNumber(text, name, schema);
      case "boolean":
        return extractBoolean(text, name);
      case "object": {
        const nested = this.fillObject(schema, depth + 1);
        return Object.keys(nested).length > 0 ? nested : undefined;
      }
      case "string":
        return this.namedValue(name);
    }
  }

  /** "channel: #ops", "priority = high": a value written after the argument's own name. */
  private namedValue(name: string): string | undefined {
    const words = splitIdentifier(name).join("\\s*");
    return new RegExp(`\\b${words}\\s*[:=]\\s*("[^"]+"|\\S+)`, "iu")
      .exec(this.request.text)?.[1]
      ?.replace(/^"|"$/g, "");
  }

  /** The words the person gave for the message; else what the earlier steps produced (a link to the new ticket). */
  private fillMessage(): string | undefined {
    const own = extractMessage(this.request.text);
    if (own && this.extras.reference) return `${own}\n${this.extras.reference}`;
    return own ?? this.extras.reference;
  }

  private fillScope(values: unknown[]): string | undefined {
    const strings = values.filter((value): value is string => typeof value === "string");
    for (const mention of this.request.entities.known) {
      const value = strings.find((candidate) => kindValuePatterns[mention.kind].test(candidate));
      if (value) {
        this.scopeKind = mention.kind;
        return value;
      }
    }
    const unknown = this.request.entities.unknown.find((mention) =>
      strings.some((candidate) => kindValuePatterns[mention.kind].test(candidate)),
    );
    if (unknown)
      throw new NeedsClarification({ reason: "unknown-entity", kind: unknown.kind, name: unknown.name });
    return strings.find((value) => wholeCompanyValue.test(value));
  }

  private fillEntityId(kind: EntityKind | undefined): string | undefined {
    if (!kind) return undefined;
    const mention = this.request.entities.known.find((candidate) => candidate.kind === kind);
    if (mention) return mention.id;
    const unknown = this.request.entities.unknown.find((candidate) => candidate.kind === kind);
    if (unknown) throw new NeedsClarification({ reason: "unknown-entity", kind, name: unknown.name });
    return undefined;
  }

  private fillEnum(name: string, schema: SchemaNode, required: boolean): string | undefined {
    const values = enumOf(schema) ?? [];
    const matched = matchEnumValue(values, this.request.features);
    if (matched !== undefined || !required || schema.default !== undefined) return matched;
    const tied = tiedEnumValues(values, this.request.features);
    const options = (tied.length > 1 ? tied : values).filter(
      (value): value is string => typeof value === "string",
    );
    throw new NeedsClarification({
      reason: "missing-argument",
      property: name,
      role: "enum",
      description: descriptionOf(schema),
      options,
    });
  }

  private fillAxis(name: string, siblings: Record<string, unknown>): string | undefined {
    const rows = Object.values(siblings).find(
      (value): value is TableRows => Array.isArray(value) && value.length > 0,
    );
    const table = rows ?? this.extras.table ?? parseTableFromText(this.request.text);
    if (!table) return undefined;
    const concepts = this.request.features.concepts;
    const wanted = (column: string) =>
      [...extractFeatures(splitIdentifier(column).join(" ")).concepts].some((concept) =>
        concepts.has(concept),
      );
    const axes = pickAxes(table, wanted);
    return /^x/i.test(name) ? axes.x : axes.y;
  }
}

/** Fills a tool's arguments from the request and the schema, or says what to ask when a required one is unknown. */
export function fillArguments(
  tool: ToolDefinition,
  request: RequestContext,
  extras: FillExtras = {},
): FillOutcome {
  try {
    return { kind: "filled", input: new ArgumentFiller(request, extras).fillObject(tool.inputSchema, 0) };
  } catch (error) {
    if (error instanceof NeedsClarification) return { kind: "clarify", clarification: error.clarification };
    throw error;
  }
}
