import type { AnyIntegration } from "./integration.ts";
import { jiraIntegration } from "./jira/jira-integration.ts";
import { slackIntegration } from "./slack/slack-integration.ts";

/** Every integration Penny offers, once. A new one is a new folder and one line here. */
export const integrations: readonly AnyIntegration[] = [jiraIntegration, slackIntegration];

/** The integration with this id, or undefined. */
export function findIntegration(id: string): AnyIntegration | undefined {
  return integrations.find((integration) => integration.id === id);
}
