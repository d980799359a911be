import { jsonb, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./platform.ts";
import { tenantTable } from "./tenant-table.ts";

/** One `{{name}}` a template's body uses, with what a person should fill in. */
export interface PromptTemplateVariable {
  name: string;
  description?: string;
}

/**
 * A tenant's reusable prompt: a body with `{{variable}}` placeholders and the variables it declares. (The tenant's
 * system prompt is not here: it is one value in `policies`, under `prompt.system`.)
 */
export const promptTemplates = tenantTable(
  "prompt_templates",
  {
    name: text().notNull(),
    description: text().notNull().default(""),
    body: text().notNull(),
    variables: jsonb().$type<PromptTemplateVariable[]>().notNull().default([]),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (self) => [uniqueIndex().on(self.tenantId, self.name)],
);
