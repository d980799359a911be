import type { z } from "zod";
import { IntegrationSettingsInvalidError } from "../errors/integration-settings-invalid-error.ts";
import type { AnyIntegration } from "../integration.ts";

/**
 * Checks settings and credentials against the integration's schemas; throws IntegrationSettingsInvalidError with a
 * message per field. Secret values never appear in the messages (zod's messages name the rule, not the value).
 */
export function parseSettings(
  integration: AnyIntegration,
  input: { config: unknown; credentials: unknown },
): { config: Record<string, unknown>; secret: unknown } {
  const problems: { path: string; message: string }[] = [];
  const collect = (prefix: string, error: z.ZodError) =>
    problems.push(
      ...error.issues.map((issue) => ({
        path: [prefix, ...issue.path.map(String)].join("."),
        message: issue.message,
      })),
    );
  const config = integration.configSchema.safeParse(input.config);
  if (!config.success) collect("config", config.error);
  const secret = integration.secretSchema.safeParse(input.credentials);
  if (!secret.success) collect("credentials", secret.error);
  if (!config.success || !secret.success) throw new IntegrationSettingsInvalidError(problems);
  return { config: config.data as Record<string, unknown>, secret: secret.data };
}
