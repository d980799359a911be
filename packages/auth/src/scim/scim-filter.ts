import { ScimInvalidFilterError } from "./errors/scim-invalid-filter-error.ts";
import { SCIM_GROUP_SCHEMA, SCIM_USER_SCHEMA } from "./scim-urns.ts";

export const scimCompareOperators = ["eq", "ne", "co", "sw", "ew", "gt", "ge", "lt", "le"] as const;
export type ScimCompareOperator = (typeof scimCompareOperators)[number];
export type ScimFilterValue = string | number | boolean | null;

/**
 * A parsed SCIM filter (RFC 7644 §3.4.2.2). Attribute paths are lowercased (SCIM attribute names are
 * case-insensitive) and stripped of the core schema URN; inside a `valuePath` they are relative to its attribute.
 */
export type ScimFilter =
  | { kind: "compare"; attribute: string; operator: ScimCompareOperator; value: ScimFilterValue }
  | { kind: "present"; attribute: string }
  | { kind: "and" | "or"; left: ScimFilter; right: ScimFilter }
  | { kind: "not"; filter: ScimFilter }
  | { kind: "valuePath"; attribute: string; filter: ScimFilter };

const MAX_FILTER_LENGTH = 4000;
const MAX_DEPTH = 32;
const ATTRIBUTE_NAME = /^[a-z][\w$-]*(\.[a-z][\w$-]*)?$/i;
const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;
const coreSchemaPrefixes = [SCIM_USER_SCHEMA, SCIM_GROUP_SCHEMA].map((urn) => `${urn.toLowerCase()}:`);

type Token =
  | { type: "(" | ")" | "[" | "]" }
  | { type: "string"; value: string }
  | { type: "word"; value: string };

/** Parses a filter such as `userName eq "ada@example.com" and active eq true`; throws ScimInvalidFilterError. */
export function parseScimFilter(text: string): ScimFilter {
  if (text.length > MAX_FILTER_LENGTH) {
    throw new ScimInvalidFilterError(`The filter is longer than ${MAX_FILTER_LENGTH} characters.`);
  }
  const parser = new FilterParser(tokenize(text));
  const filter = parser.parseOr(0);
  parser.expectEnd();
  return filter;
}

/**
 * A SCIM attribute path as Penny compares it: lowercased, without the core User or Group schema URN. Extension
 * attributes keep their URN (`urn:…:user:role`).
 */
export function normalizeScimAttribute(path: string): string {
  const lower = path.toLowerCase();
  const core = coreSchemaPrefixes.find((prefix) => lower.startsWith(prefix));
  const withoutCore = core ? lower.slice(core.length) : lower;
  const name = withoutCore.startsWith("urn:")
    ? withoutCore.slice(withoutCore.lastIndexOf(":") + 1)
    : withoutCore;
  if (!ATTRIBUTE_NAME.test(name)) throw new ScimInvalidFilterError(`"${path}" is not an attribute path.`);
  return withoutCore;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    const character = text[index] as string;
    if (/\s/.test(character)) {
      index++;
    } else if (character === "(" || character === ")" || character === "[" || character === "]") {
      tokens.push({ type: character });
      index++;
    } else if (character === '"') {
      const end = closingQuote(text, index);
      tokens.push({ type: "string", value: parseJsonString(text.slice(index, end + 1)) });
      index = end + 1;
    } else {
      const start = index;
      while (index < text.length && !/[\s()[\]"]/.test(text[index] as string)) index++;
      tokens.push({ type: "word", value: text.slice(start, index) });
    }
  }
  return tokens;
}

function closingQuote(text: string, start: number): number {
  for (let index = start + 1; index < text.length; index++) {
    if (text[index] === "\\") index++;
    else if (text[index] === '"') return index;
  }
  throw new ScimInvalidFilterError("A string in the filter has no closing quote.");
}

function parseJsonString(literal: string): string {
  try {
    return JSON.parse(literal) as string;
  } catch {
    throw new ScimInvalidFilterError(`${literal} is not a valid string (use JSON escapes).`);
  }
}

/** Recursive descent with SCIM's precedence: `not` binds tightest, then `and`, then `or`. */
class FilterParser {
  private position = 0;

  constructor(private readonly tokens: Token[]) {}

  parseOr(depth: number): ScimFilter {
    let left = this.parseAnd(depth);
    while (this.peekKeyword("or")) {
      this.position++;
      left = { kind: "or", left, right: this.parseAnd(depth) };
    }
    return left;
  }

  expectEnd(): void {
    const token = this.tokens[this.position];
    if (token) throw new ScimInvalidFilterError(`Unexpected ${describe(token)} in the filter.`);
  }

  private parseAnd(depth: number): ScimFilter {
    let left = this.parseUnary(depth);
    while (this.peekKeyword("and")) {
      this.position++;
      left = { kind: "and", left, right: this.parseUnary(depth) };
    }
    return left;
  }

  private parseUnary(depth: number): ScimFilter {
    if (depth > MAX_DEPTH) throw new ScimInvalidFilterError("The filter is nested too deeply.");
    if (this.peekKeyword("not")) {
      this.position++;
      return { kind: "not", filter: this.parseGroup(depth + 1) };
    }
    if (this.tokens[this.position]?.type === "(") return this.parseGroup(depth + 1);
    return this.parseAttributeExpression(depth);
  }

  private parseGroup(depth: number): ScimFilter {
    this.expect("(");
    const filter = this.parseOr(depth);
    this.expect(")");
    return filter;
  }

  private parseAttributeExpression(depth: number): ScimFilter {
    const attribute = normalizeScimAttribute(this.word("an attribute"));
    if (this.tokens[this.position]?.type === "[") {
      this.position++;
      const filter = this.parseOr(depth + 1);
      this.expect("]");
      return { kind: "valuePath", attribute, filter };
    }
    const operator = this.word("an operator").toLowerCase();
    if (operator === "pr") return { kind: "present", attribute };
    if (!(scimCompareOperators as readonly string[]).includes(operator)) {
      throw new ScimInvalidFilterError(`"${operator}" is not a filter operator.`);
    }
    return { kind: "compare", attribute, operator: operator as ScimCompareOperator, value: this.value() };
  }

  private value(): ScimFilterValue {
    const token = this.tokens[this.position++];
    if (token?.type === "string") return token.value;
    if (token?.type === "word") {
      const word = token.value.toLowerCase();
      if (word === "true") return true;
      if (word === "false") return false;
      if (word === "null") return null;
      if (NUMBER.test(word)) return Number(word);
    }
    throw new ScimInvalidFilterError(
      token ? `${describe(token)} is not a value; quote strings.` : "The filter ends before its value.",
    );
  }

  private word(what: string): string {
    const token = this.tokens[this.position++];
    if (token?.type !== "word") {
      throw new ScimInvalidFilterError(
        token ? `Expected ${what}, found ${describe(token)}.` : `The filter ends where ${what} belongs.`,
      );
    }
    return token.value;
  }

  private expect(type: "(" | ")" | "]"): void {
    const token = this.tokens[this.position++];
    if (token?.type !== type) {
      throw new ScimInvalidFilterError(
        token ? `Expected "${type}", found ${describe(token)}.` : `The filter ends before "${type}".`,
      );
    }
  }

  private peekKeyword(keyword: string): boolean {
    const token = this.tokens[this.position];
    return token?.type === "word" && token.value.toLowerCase() === keyword;
  }
}

function describe(token: Token): string {
  if (token.type === "string") return JSON.stringify(token.value);
  if (token.type === "word") return `"${token.value}"`;
  return `"${token.type}"`;
}
