import { z } from "zod";
import { type ComplexityEstimate, explainComplexity } from "./estimate-complexity.ts";
import { ModelPolicyInvalidError } from "./model-policy-invalid-error.ts";

/** The label of the built-in model, which every selection ends with. */
export const BUILTIN_MODEL_LABEL = "builtin";

const selectableModelSchema = z.looseObject({
  /** How the tenant policy and the user name this model, unique among the tenant's models. */
  label: z.string().min(1).max(300),
  provider: z.string().min(1).max(200),
  size: z.enum(["small", "large"]),
  /** Runs on the tenant's own infrastructure, so sensitive data may go to it. */
  local: z.boolean(),
});

const selectionInputSchema = z.object({
  models: z.array(selectableModelSchema).max(200),
  policy: z.object({ defaultModel: z.string().min(1).optional(), externalAllowed: z.boolean() }),
  sensitive: z.boolean(),
  requestedModel: z.string().min(1).optional(),
  text: z.string(),
  toolCount: z.number().int().min(0).optional(),
  historyLength: z.number().int().min(0).optional(),
});

export type SelectableModel = z.infer<typeof selectableModelSchema>;
export type ModelSelectionInput<TModel extends SelectableModel> = Omit<
  z.input<typeof selectionInputSchema>,
  "models"
> & { models: TModel[] };

/** One model to try, in order, with why it is there (for the audit log). */
export type SelectedModel<TModel extends SelectableModel> =
  | { kind: "configured"; label: string; model: TModel; reason: string }
  | { kind: "builtin"; label: typeof BUILTIN_MODEL_LABEL; reason: string };

export interface ModelSelection<TModel extends SelectableModel> {
  candidates: SelectedModel<TModel>[];
  /** Models left out, and why. */
  excluded: { label: string; reason: string }[];
  complexity: ComplexityEstimate;
}

/**
 * Orders the tenant's models for one request: the requested model (if permitted), then the default, then the
 * rest, the built-in model last. External models are dropped when the conversation is sensitive or the tenant
 * does not allow them. A request that looks complex puts large models ahead of a small default; a simple one
 * keeps the default first and prefers small models after it.
 */
export function selectModels<TModel extends SelectableModel>(
  input: ModelSelectionInput<TModel>,
): ModelSelection<TModel> {
  const parsed = selectionInputSchema.safeParse(input);
  if (!parsed.success) {
    throw new ModelPolicyInvalidError(
      parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })),
    );
  }
  const { policy, sensitive, requestedModel } = parsed.data;
  const labels = input.models.map((model) => model.label);
  const duplicate = labels.find((label, index) => labels.indexOf(label) !== index);
  if (duplicate)
    throw new ModelPolicyInvalidError([{ path: "models", message: `Duplicate label ${duplicate}` }]);

  const complexity = explainComplexity(input.text, {
    toolCount: input.toolCount ?? 0,
    historyLength: input.historyLength ?? 0,
  });
  const excluded: { label: string; reason: string }[] = [];
  const permitted = input.models.filter((model) => {
    const reason = exclusionReason(model, sensitive, policy.externalAllowed);
    if (reason)
      excluded.push({ label: model.label, reason: `${roleOf(model.label, input)}excluded: ${reason}` });
    return !reason;
  });
  for (const label of [requestedModel, policy.defaultModel]) {
    if (label && !labels.includes(label)) {
      excluded.push({ label, reason: `${roleOf(label, input)}not configured for this tenant` });
    }
  }

  const candidates: SelectedModel<TModel>[] = [];
  const take = (model: TModel, reason: string) =>
    candidates.push({ kind: "configured", label: model.label, model, reason });
  const requested = permitted.find((model) => model.label === requestedModel);
  if (requested) take(requested, "requested for this message");
  const rest = permitted.filter((model) => model !== requested);
  const byDefault = rest.find((model) => model.label === policy.defaultModel);
  const others = rest.filter((model) => model !== byDefault);
  const signals = complexity.signals.join(", ");
  const preferred = others.filter((model) => model.size === complexity.size);
  const remaining = others.filter((model) => model.size !== complexity.size);
  const escalate = complexity.size === "large" && byDefault?.size === "small";

  if (escalate)
    for (const model of preferred)
      take(model, `large model ahead of the small default: the request looks complex (${signals})`);
  if (byDefault) take(byDefault, "the tenant's default model");
  if (!escalate) {
    for (const model of preferred) {
      take(
        model,
        complexity.size === "large"
          ? `large model preferred: the request looks complex (${signals})`
          : "small model preferred: the request looks simple",
      );
    }
  }
  for (const model of remaining) take(model, `${model.size} model, after the ${complexity.size} ones`);
  candidates.push({
    kind: "builtin",
    label: BUILTIN_MODEL_LABEL,
    reason: "the built-in model, always last as the graceful fallback",
  });
  return { candidates, excluded, complexity };
}

function exclusionReason(
  model: SelectableModel,
  sensitive: boolean,
  externalAllowed: boolean,
): string | undefined {
  if (model.local) return undefined;
  if (sensitive) return "an external model, and the conversation is marked sensitive";
  if (!externalAllowed) return "an external model, and the tenant does not allow external models";
  return undefined;
}

function roleOf(
  label: string,
  input: { requestedModel?: string; policy: { defaultModel?: string } },
): string {
  if (label === input.requestedModel) return "requested model ";
  if (label === input.policy.defaultModel) return "default model ";
  return "";
}
