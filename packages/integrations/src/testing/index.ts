export { type JiraTestDouble, startJiraTestDouble } from "../jira/__fixtures__/jira-test-double.ts";
export { type SlackTestDouble, startSlackTestDouble } from "../slack/__fixtures__/slack-test-double.ts";
