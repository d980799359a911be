import { schema } from "@penny/db";
import { z } from "zod";

/** A JSON value that PostgreSQL can store as text or jsonb: no NUL characters, no lone UTF-16 surrogates. */
type StorableJson = string | number | boolean | null | StorableJson[] | { [key: string]: StorableJson };

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Text PostgreSQL can store: no NUL characters, no lone UTF-16 surrogates. */
export const storableText = z
  .string()
  .refine((text) => !text.includes("\0"), "must not contain NUL characters")
  .refine((text) => !LONE_SURROGATE.test(text), "must be well-formed Unicode");

const storableJson: z.ZodType<StorableJson> = z.lazy(() =>
  z.union([
    storableText,
    z.number(),
    z.boolean(),
    z.null(),
    z.array(storableJson),
    z.record(storableText, storableJson),
  ]),
);

/** `domain.verb`, lowercase, more dots allowed: `auth.login`, `api_key.create`, `member.role.change`. */
export const auditActionSchema = z
  .string()
  .max(100)
  .regex(
    /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/,
    "must look like domain.verb (lowercase, dots, underscores)",
  );

const USER_AGENT_MAX = 512;

/** What a caller records; validated before anything is written. */
export const auditEventInputSchema = z
  .object({
    tenantId: z.guid(),
    actor: z.object({
      type: z.enum(schema.auditActorTypes),
      id: storableText.min(1).max(200).optional(),
    }),
    action: auditActionSchema,
    target: storableText.max(500).optional(),
    outcome: z.enum(schema.auditOutcomes).default("success"),
    /** Non-secret details, stored and shown. */
    data: z.record(storableText, storableJson).default({}),
    /** Hashed (canonical JSON, SHA-256) and never stored: the place for anything secret or large. */
    payload: z.unknown().optional(),
    ip: storableText.max(64).optional(),
    // A client chooses its user agent: cut it to size rather than fail the action being recorded (without
    // splitting a surrogate pair).
    userAgent: storableText
      .transform((text) => text.slice(0, USER_AGENT_MAX).replace(/[\uD800-\uDBFF]$/, ""))
      .optional(),
    requestId: storableText.max(200).optional(),
  })
  .refine((event) => event.actor.type === "anonymous" || event.actor.type === "system" || event.actor.id, {
    message: "a user or API key actor needs an id",
    path: ["actor", "id"],
  });

export type AuditEventInput = z.input<typeof auditEventInputSchema>;
