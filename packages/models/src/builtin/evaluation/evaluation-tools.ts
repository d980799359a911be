import { jsonSchema, type ToolSet } from "ai";

const uuid = { type: "string", format: "uuid" } as const;

/** The tools the evaluation offers, with the schemas of Penny's real tools (and Jira and document search to come). */
export const evaluationTools: ToolSet = {
  get_company_kpis: {
    description:
      "Company KPIs (revenue, cost, gross margin, bookings, ARR, headcount, burn) for a period, with period-over-period deltas and a daily time series, for the whole company, one business unit or one project.",
    inputSchema: jsonSchema({
      type: "object",
      properties: {
        period: {
          type: "string",
          enum: ["MTD", "QTD", "YTD"],
          description: "month, quarter or year to date",
        },
        unit: { type: "string", enum: ["company", "bu", "project"] },
        id: { ...uuid, description: "business unit or project id when unit is bu or project" },
      },
      required: ["period", "unit"],
      additionalProperties: false,
    }),
  },
  load_dashboard: {
    description:
      "Open one of the company dashboards (company health, finance snapshot, sales funnel, ops incidents, hiring pipeline, project timeline) with filters for the period, a business unit or a project.",
    inputSchema: jsonSchema({
      type: "object",
      properties: {
        slug: {
          type: "string",
          enum: [
            "company-health",
            "finance-snapshot",
            "sales-funnel",
            "ops-incidents",
            "hiring-pipeline",
            "project-timeline",
          ],
        },
        filters: {
          type: "object",
          properties: {
            period: { type: "string", enum: ["MTD", "QTD", "YTD"] },
            businessUnitId: uuid,
            projectId: uuid,
          },
        },
      },
      required: ["slug"],
    }),
  },
  render_chart: {
    description: "Turn a table of data into a chart (bar, line, area, point) as a Vega-Lite spec.",
    inputSchema: jsonSchema({
      type: "object",
      properties: {
        title: { type: "string" },
        mark: { type: "string", enum: ["bar", "line", "area", "point"] },
        data: { type: "array", items: { type: "object" } },
        x: { type: "string" },
        y: { type: "string" },
      },
      required: ["data", "x", "y"],
    }),
  },
  create_jira_ticket: {
    description: "Create a Jira issue.",
    inputSchema: jsonSchema({
      type: "object",
      properties: {
        projectKey: { type: "string", pattern: "^[A-Z][A-Z0-9]+$" },
        title: { type: "string" },
        description: { type: "string" },
        assignee: { type: "string" },
        labels: { type: "array", items: { type: "string" } },
      },
      required: ["projectKey", "title"],
    }),
  },
  slack_notify: {
    description:
      "Post a message to a Slack channel (#name or channel id), optionally with Block Kit blocks; the text is the " +
      "notification and fallback. Needs a person's approval before it runs.",
    inputSchema: jsonSchema({
      type: "object",
      properties: {
        channel: {
          type: "string",
          pattern: "^(#[a-z0-9][a-z0-9._-]{0,79}|[CGD][A-Z0-9]{8,})$",
          description: "#channel-name or a channel id such as C0123456789",
        },
        text: { type: "string", minLength: 1, maxLength: 4000 },
        blocks: { type: "array", items: { type: "object" } },
      },
      required: ["channel", "text"],
    }),
  },
  search_documents: {
    description: "Search the uploaded documents.",
    inputSchema: jsonSchema({
      type: "object",
      properties: {
        query: { type: "string" },
        collection: { type: "string" },
        topK: { type: "integer", minimum: 1, maximum: 20, default: 5 },
      },
      required: ["query"],
    }),
  },
};
