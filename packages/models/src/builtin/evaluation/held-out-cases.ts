import {
  dashboard,
  type EvaluationCase,
  expectClarify,
  expectNone,
  expectTool,
  includes,
  kpis,
} from "./evaluation-case.ts";

/**
 * Phrasings written after the planner's logic was finished and never tuned against: their accuracy is reported
 * apart from the development set's, as the honest estimate of how the planner generalizes.
 */
export const heldOutCases: EvaluationCase[] = [
  kpis("quick one: ebitda-ish numbers, I mean gross margin, for Cobalt this quarter", "QTD", {
    project: "Cobalt",
  }),
  kpis("Hey Penny, what did Robotics bring in so far this year in revenue?", "YTD", { bu: "Robotics" }),
  kpis("cost base of the company, quarter-to-date", "QTD"),
  kpis("Borealis: headcount this month", "MTD", { project: "Borealis" }),
  kpis("how much cash are we burning this quarter", "QTD"),
  kpis("¿Cuánto ha facturado el proyecto Delta Retrofit este trimestre?", "QTD", {
    project: "Delta Retrofit",
  }),
  kpis("dime el margen de la unidad de negocio Software en lo que va de año", "YTD", { bu: "Software" }),
  kpis("empleados de Services", "MTD", { bu: "Services" }),
  kpis("KPIs del año para toda la empresa", "YTD"),
  kpis("revenue vs costs for Robotics this month", "MTD", { bu: "Robotics" }),
  dashboard("take me to the incident dashboard", "ops-incidents"),
  dashboard("I'd like to see the sales funnel for this month", "sales-funnel", { period: "MTD" }),
  dashboard("what's the schedule for the Borealis project", "project-timeline", { project: "Borealis" }),
  dashboard("abre el tablero de salud de la compañía para el trimestre", "company-health", { period: "QTD" }),
  dashboard("¿cuántos candidatos tenemos en Robotics?", "hiring-pipeline", { bu: "Robotics" }),
  dashboard("finance snapshot, Services, YTD", "finance-snapshot", { period: "YTD", bu: "Services" }),
  {
    prompt: "bar chart please — North 12, South 7, East 9",
    category: "chart",
    expect: expectTool("render_chart", {
      mark: "bar",
      data: includes("North", "East"),
      x: "category",
      y: "value",
    }),
  },
  {
    prompt: "traza una línea con Lunes 3, Martes 5, Miércoles 4",
    category: "chart",
    expect: expectTool("render_chart", {
      mark: "line",
      data: includes("Lunes", "Miércoles"),
      x: "category",
      y: "value",
    }),
  },
  {
    prompt: "plot the ARR trend for Software this year",
    category: "chart",
    expect: expectTool("get_company_kpis", { period: "YTD", unit: "bu", id: { entity: "Software" } }),
  },
  {
    prompt: "Ticket for ENG: add dark mode to the settings page, assign Ben",
    category: "jira",
    expect: expectTool("create_jira_ticket", {
      projectKey: "ENG",
      title: includes("dark mode"),
      assignee: "ben@acme.test",
    }),
  },
  {
    prompt: 'please open an OPS issue called "Badge reader broken at the front door" tagged facilities',
    category: "jira",
    expect: expectTool("create_jira_ticket", {
      projectKey: "OPS",
      title: includes("Badge reader broken"),
      labels: includes("facilities"),
    }),
  },
  {
    prompt: "crea una incidencia de Jira en OPS: el aire acondicionado no funciona, responsable Ana",
    category: "jira",
    expect: expectTool("create_jira_ticket", {
      projectKey: "OPS",
      title: includes("aire acondicionado"),
      assignee: "ana@acme.test",
    }),
  },
  {
    prompt: "what do our documents say about the on-call rotation?",
    category: "search",
    expect: expectTool("search_documents", { query: includes("on-call rotation") }),
  },
  {
    prompt: 'busca "cláusula de confidencialidad" en los contratos, dame 3 resultados',
    category: "search",
    expect: expectTool("search_documents", { query: includes("cláusula de confidencialidad"), topK: 3 }),
  },
  {
    prompt: "find anything about SOC 2 audits in the uploaded documents",
    category: "search",
    expect: expectTool("search_documents", { query: includes("SOC 2 audits") }),
  },
  { prompt: "margin for project Titan this year", category: "clarify", expect: expectClarify("Titan") },
  { prompt: "abre un ticket sobre la impresora", category: "clarify", expect: expectClarify("OPS") },
  {
    prompt: "hiring dashboard for the Aerospace unit",
    category: "clarify",
    expect: expectClarify("Aerospace"),
  },
  {
    prompt: 'open an ENG ticket called "Search is slow" for Ben, and then let #eng know on Slack',
    category: "jira",
    expect: expectTool("create_jira_ticket", {
      projectKey: "ENG",
      title: "Search is slow",
      assignee: "ben@acme.test",
    }),
  },
  {
    prompt: "abre una incidencia en ENG titulada 'Exportar falla', después avisa al canal #eng en Slack",
    category: "jira",
    expect: expectTool("create_jira_ticket", { projectKey: "ENG", title: "Exportar falla" }),
  },
  {
    prompt: "send a Slack message to #random saying lunch is here",
    category: "notify",
    expect: expectTool("slack_notify", { channel: "#random", text: includes("lunch is here") }),
  },
  { prompt: "cheers, that's all", category: "none", expect: expectNone() },
  { prompt: "buenas tardes", category: "none", expect: expectNone() },
  { prompt: "can you write me a poem about spring?", category: "none", expect: expectNone() },
  { prompt: "en qué me puedes ayudar?", category: "none", expect: expectNone() },
];
