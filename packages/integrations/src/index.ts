export {
  type ConnectionView,
  deleteConnection,
  findConnection,
  isConnected,
  listConnections,
  recordConnectionTest,
  saveConnection,
} from "./connections/connection-store.ts";
export { openConnection } from "./connections/open-connection.ts";
export { parseSettings } from "./connections/parse-settings.ts";
export { IntegrationNotConnectedError } from "./errors/integration-not-connected-error.ts";
export { IntegrationNotFoundError } from "./errors/integration-not-found-error.ts";
export { IntegrationRequestError } from "./errors/integration-request-error.ts";
export { IntegrationSettingsInvalidError } from "./errors/integration-settings-invalid-error.ts";
export {
  type AnyIntegration,
  type ConnectionTestResult,
  type Integration,
  type IntegrationAuthKind,
  type IntegrationConnection,
  type IntegrationTool,
  integrationAuthKinds,
} from "./integration.ts";
export { createIntegrationTools, type IntegrationToolsOptions } from "./integration-tools.ts";
export { type AdfNode, adfToText, textToAdf } from "./jira/adf.ts";
export { findIntegration, integrations } from "./registry.ts";
