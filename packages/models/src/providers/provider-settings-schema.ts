import { z } from "zod";
import { providerKinds } from "./provider-kind.ts";

const httpUrl = z.url({ protocol: /^https?$/ }).max(2000);
const baseFields = {
  kind: z.enum(providerKinds),
  name: z.string().trim().min(1).max(100),
  baseUrl: httpUrl.optional(),
  apiKey: z.string().min(1).max(4000).optional(),
};

/** An OpenAI-compatible server has no default address, so it cannot be used without one. */
function requireBaseUrl(settings: { kind: string; baseUrl?: string | undefined }, context: z.RefinementCtx) {
  if (settings.kind === "openai-compatible" && !settings.baseUrl) {
    context.addIssue({
      code: "custom",
      path: ["baseUrl"],
      message: "An OpenAI-compatible server needs a base URL",
    });
  }
}

/** One model a provider offers, as a tenant describes it. */
export const providerModelSchema = z.object({
  id: z.string().trim().min(1).max(200),
  label: z.string().trim().min(1).max(200).optional(),
  size: z.enum(["small", "large"]),
  /** Whether the model runs on the tenant's own infrastructure, so data never leaves it. */
  local: z.boolean(),
  inputCostPerMillion: z.number().nonnegative().max(10_000).optional(),
  outputCostPerMillion: z.number().nonnegative().max(10_000).optional(),
});

export type ProviderModel = z.infer<typeof providerModelSchema>;

/**
 * How to reach a provider at call time. Hosted vendors need an API key here: Penny never lets a vendor SDK fall
 * back to a key from the server's environment on a tenant's behalf.
 */
export const providerConnectionSchema = z
  .object({ ...baseFields, headers: z.record(z.string().min(1).max(200), z.string().max(4000)).optional() })
  .superRefine((settings, context) => {
    requireBaseUrl(settings, context);
    if (settings.kind !== "openai-compatible" && !settings.apiKey) {
      context.addIssue({
        code: "custom",
        path: ["apiKey"],
        message: `A ${settings.kind} provider needs an API key`,
      });
    }
  });

export type ProviderConnection = z.infer<typeof providerConnectionSchema>;

/**
 * The provider settings a tenant submits: the connection and the models it offers (ids unique). The API key is
 * optional here so an update can keep the stored one.
 */
export const providerSettingsSchema = z
  .object({ ...baseFields, models: z.array(providerModelSchema).min(1).max(100) })
  .superRefine((settings, context) => {
    requireBaseUrl(settings, context);
    const seen = new Set<string>();
    for (const [index, model] of settings.models.entries()) {
      if (seen.has(model.id)) {
        context.addIssue({
          code: "custom",
          path: ["models", index, "id"],
          message: `Duplicate model id ${model.id}`,
        });
      }
      seen.add(model.id);
    }
  });

export type ProviderSettings = z.infer<typeof providerSettingsSchema>;
