import { schema, type Tx } from "@penny/db";
import { and, asc, eq, ne } from "drizzle-orm";
import { type PromptTemplateInput, type PromptTemplatePatch, resolveVariables } from "./prompt-template.ts";
import { PromptTemplateNameTakenError, PromptTemplateNotFoundError } from "./prompt-template-errors.ts";

const { promptTemplates } = schema;

const view = {
  id: promptTemplates.id,
  name: promptTemplates.name,
  description: promptTemplates.description,
  body: promptTemplates.body,
  variables: promptTemplates.variables,
  createdBy: promptTemplates.createdBy,
  createdAt: promptTemplates.createdAt,
  updatedAt: promptTemplates.updatedAt,
};

/** A prompt template as the API shows it. */
export interface PromptTemplateView {
  id: string;
  name: string;
  description: string;
  body: string;
  variables: schema.PromptTemplateVariable[];
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export async function listPromptTemplates(tx: Tx): Promise<PromptTemplateView[]> {
  return tx.select(view).from(promptTemplates).orderBy(asc(promptTemplates.name));
}

export async function getPromptTemplate(tx: Tx, templateId: string): Promise<PromptTemplateView> {
  const [row] = await tx.select(view).from(promptTemplates).where(eq(promptTemplates.id, templateId));
  if (!row) throw new PromptTemplateNotFoundError();
  return row;
}

/** Stores a new template after checking its body against its variables. */
export async function createPromptTemplate(
  tx: Tx,
  input: { tenantId: string; userId: string | null; template: PromptTemplateInput },
): Promise<PromptTemplateView> {
  const { name, description, body } = input.template;
  const variables = resolveVariables(body, input.template.variables);
  const [row] = await tx
    .insert(promptTemplates)
    .values({ tenantId: input.tenantId, name, description, body, variables, createdBy: input.userId })
    .onConflictDoNothing({ target: [promptTemplates.tenantId, promptTemplates.name] })
    .returning(view);
  if (!row) throw new PromptTemplateNameTakenError(name);
  return row;
}

/**
 * Changes the fields given. A new body without new variables keeps the descriptions of the variables it still
 * uses; new variables are checked against the (new or current) body.
 */
export async function updatePromptTemplate(
  tx: Tx,
  input: { templateId: string; patch: PromptTemplatePatch },
): Promise<PromptTemplateView> {
  const current = await getPromptTemplate(tx, input.templateId);
  const { patch } = input;
  if (patch.name !== undefined && patch.name !== current.name)
    await assertNameFree(tx, patch.name, current.id);
  const body = patch.body ?? current.body;
  const variables =
    patch.variables !== undefined || patch.body !== undefined
      ? resolveVariables(body, patch.variables, current.variables)
      : current.variables;
  const [row] = await tx
    .update(promptTemplates)
    .set({
      name: patch.name ?? current.name,
      description: patch.description ?? current.description,
      body,
      variables,
      updatedAt: new Date(),
    })
    .where(eq(promptTemplates.id, current.id))
    .returning(view);
  return row as PromptTemplateView;
}

export async function deletePromptTemplate(tx: Tx, templateId: string): Promise<PromptTemplateView> {
  const [row] = await tx.delete(promptTemplates).where(eq(promptTemplates.id, templateId)).returning(view);
  if (!row) throw new PromptTemplateNotFoundError();
  return row;
}

async function assertNameFree(tx: Tx, name: string, exceptId: string): Promise<void> {
  const [taken] = await tx
    .select({ id: promptTemplates.id })
    .from(promptTemplates)
    .where(and(eq(promptTemplates.name, name), ne(promptTemplates.id, exceptId)));
  if (taken) throw new PromptTemplateNameTakenError(name);
}
