import {
  dashboard,
  type EvaluationCase,
  expectClarify,
  expectMemory,
  expectNone,
  expectTool,
  includes,
  kpis,
} from "./evaluation-case.ts";

/** The phrasings written while building the planner (it was tuned against these; see held-out-cases.ts). */
export const developmentCases: EvaluationCase[] = [
  // KPIs — English
  kpis("What's our revenue this quarter?", "QTD"),
  kpis("Show me revenue month to date", "MTD"),
  kpis("How much have we billed so far this year?", "YTD"),
  kpis("gross margin YTD", "YTD"),
  kpis("What is the burn rate this month?", "MTD"),
  kpis("headcount for the Robotics unit this quarter", "QTD", { bu: "Robotics" }),
  kpis("Give me the KPIs for the Atlas project, quarter to date", "QTD", { project: "Atlas" }),
  kpis("How are bookings looking for Borealis this year?", "YTD", { project: "Borealis" }),
  kpis("ARR year to date for the whole company", "YTD"),
  kpis("costs in Software this month", "MTD", { bu: "Software" }),
  kpis("Could you tell me the gross margin of project Cobalt so far this month?", "MTD", {
    project: "Cobalt",
  }),
  kpis("revenue and costs for Delta Retrofit QTD", "QTD", { project: "Delta Retrofit" }),
  kpis("whats the revnue for atlas this qurter", "QTD", { project: "Atlas" }),
  kpis("This quarter, how much did Services spend?", "QTD", { bu: "Services" }),
  kpis("company metrics this year please", "YTD"),
  kpis("Pull the numbers for Robotics, year to date", "YTD", { bu: "Robotics" }),
  kpis("how many employees do we have", "MTD"),
  kpis("margin on the Atlas project this year vs last period", "YTD", { project: "Atlas" }),
  kpis("I need the bookings figure for the Software business unit for the current quarter", "QTD", {
    bu: "Software",
  }),
  kpis("burn so far this year", "YTD"),
  kpis("What's the ARR of Borealis?", "MTD", { project: "Borealis" }),
  kpis("revenue MTD", "MTD"),
  // KPIs — Spanish
  kpis("¿Cuáles son los ingresos de este trimestre?", "QTD"),
  kpis("facturación en lo que va del año", "YTD"),
  kpis("Muéstrame los gastos del proyecto Atlas este mes", "MTD", { project: "Atlas" }),
  kpis("margen bruto de la unidad Robotics en lo que va del trimestre", "QTD", { bu: "Robotics" }),
  kpis("¿Cómo va la plantilla este año?", "YTD"),
  kpis("dame los indicadores de Borealis este trimestre", "QTD", { project: "Borealis" }),
  kpis("ingresos de la empresa en lo que va del mes", "MTD"),
  kpis("cuánto hemos facturado este año en Software", "YTD", { bu: "Software" }),
  kpis("quema de caja del trimestre actual", "QTD"),
  kpis("ARR de Services este año", "YTD", { bu: "Services" }),
  kpis("costes de delta retrofit en lo que va del año", "YTD", { project: "Delta Retrofit" }),
  kpis("Necesito las cifras de bookings del proyecto Cobalt, mes actual", "MTD", { project: "Cobalt" }),
  kpis("ingresos este trimestre para robotica", "QTD", { bu: "Robotics" }),
  // Dashboards — English
  dashboard("Open the company health dashboard", "company-health"),
  dashboard("show me the finance snapshot for this quarter", "finance-snapshot", { period: "QTD" }),
  dashboard("sales funnel dashboard please", "sales-funnel"),
  dashboard("Can you pull up the ops incidents board?", "ops-incidents"),
  dashboard("How many incidents did we have this month?", "ops-incidents", { period: "MTD" }),
  dashboard("hiring pipeline for Robotics", "hiring-pipeline", { bu: "Robotics" }),
  dashboard("Show the project timeline for Atlas", "project-timeline", { project: "Atlas" }),
  dashboard("what are the milestones of the Cobalt project?", "project-timeline", { project: "Cobalt" }),
  dashboard("open the sales funnel dashboard for Software, year to date", "sales-funnel", {
    period: "YTD",
    bu: "Software",
  }),
  dashboard("how's recruiting going this quarter", "hiring-pipeline", { period: "QTD" }),
  dashboard("outages dashboard", "ops-incidents"),
  dashboard("finance dashboard YTD", "finance-snapshot", { period: "YTD" }),
  dashboard("load the conversion funnel", "sales-funnel"),
  dashboard("open the health dashboard for the whole company", "company-health"),
  // Dashboards — Spanish
  dashboard("Abre el panel de salud de la empresa", "company-health"),
  dashboard("muéstrame el tablero de incidentes de este mes", "ops-incidents", { period: "MTD" }),
  dashboard("¿cómo va la contratación en Services?", "hiring-pipeline", { bu: "Services" }),
  dashboard("abre el embudo de ventas", "sales-funnel"),
  dashboard("cronograma del proyecto Borealis", "project-timeline", { project: "Borealis" }),
  dashboard("panel financiero del trimestre", "finance-snapshot", { period: "QTD" }),
  dashboard("¿Cuántas caídas hubo este año?", "ops-incidents", { period: "YTD" }),
  dashboard("quiero ver los hitos de Atlas", "project-timeline", { project: "Atlas" }),
  dashboard("tablero de vacantes abiertas", "hiring-pipeline"),
  // Charts
  {
    prompt: "make a bar chart: Q1 10, Q2 20, Q3 15",
    category: "chart",
    expect: expectTool("render_chart", {
      mark: "bar",
      data: includes("Q1", "Q3"),
      x: "category",
      y: "value",
    }),
  },
  {
    prompt: "Plot this as a line: Jan 5, Feb 8, Mar 13, Apr 9",
    category: "chart",
    expect: expectTool("render_chart", {
      mark: "line",
      data: includes("Jan", "Apr"),
      x: "category",
      y: "value",
    }),
  },
  {
    prompt: "gráfico de barras con Norte 30, Sur 12 y Centro 22",
    category: "chart",
    expect: expectTool("render_chart", {
      mark: "bar",
      data: includes("Norte", "Centro"),
      x: "category",
      y: "value",
    }),
  },
  {
    prompt: 'chart this data as points: [{"team":"A","score":3},{"team":"B","score":7}]',
    category: "chart",
    expect: expectTool("render_chart", { mark: "point", data: includes("A", "B"), x: "team", y: "score" }),
  },
  {
    prompt: "Draw an area chart of\nmonth,signups\nJan,10\nFeb,14\nMar,19",
    category: "chart",
    expect: expectTool("render_chart", {
      mark: "area",
      data: includes("Jan", "Mar"),
      x: "month",
      y: "signups",
    }),
  },
  {
    prompt: "chart revenue this quarter as a line",
    category: "chart",
    expect: expectTool("get_company_kpis", { period: "QTD", unit: "company" }),
  },
  {
    prompt: "graph the costs of Atlas this year",
    category: "chart",
    expect: expectTool("get_company_kpis", { period: "YTD", unit: "project", id: { entity: "Atlas" } }),
  },
  {
    prompt: "haz un gráfico de los ingresos de Robotics este mes",
    category: "chart",
    expect: expectTool("get_company_kpis", { period: "MTD", unit: "bu", id: { entity: "Robotics" } }),
  },
  { prompt: "make me a chart", category: "chart", expect: expectClarify("data") },
  {
    prompt: "visualize it as bars: Alpha 1, Beta 2",
    category: "chart",
    expect: expectTool("render_chart", {
      mark: "bar",
      data: includes("Alpha", "Beta"),
      x: "category",
      y: "value",
    }),
  },
  // Jira — English
  {
    prompt: 'Create a ticket in OPS titled "VPN is down" and assign it to Ana, labels network, urgent',
    category: "jira",
    expect: expectTool("create_jira_ticket", {
      projectKey: "OPS",
      title: includes("VPN is down"),
      assignee: "ana@acme.test",
      labels: includes("network", "urgent"),
    }),
  },
  {
    prompt: "open a jira issue in ENG: login page crashes on Safari",
    category: "jira",
    expect: expectTool("create_jira_ticket", {
      projectKey: "ENG",
      title: includes("login page crashes on Safari"),
    }),
  },
  {
    prompt: "File a bug for ENG about the broken export button",
    category: "jira",
    expect: expectTool("create_jira_ticket", { projectKey: "ENG", title: includes("broken export button") }),
  },
  {
    prompt: "new ticket in Operations called Rotate the database passwords, assign to ben@acme.test",
    category: "jira",
    expect: expectTool("create_jira_ticket", {
      projectKey: "OPS",
      title: includes("Rotate the database passwords"),
      assignee: "ben@acme.test",
    }),
  },
  {
    prompt: "Please raise an ENG ticket titled 'Upgrade Node to 22' with labels infra and tech-debt",
    category: "jira",
    expect: expectTool("create_jira_ticket", {
      projectKey: "ENG",
      title: includes("Upgrade Node to 22"),
      labels: includes("infra", "tech-debt"),
    }),
  },
  {
    prompt:
      "create jira ticket OPS: printer on floor 3 is jammed. description: it has been jammed since Monday",
    category: "jira",
    expect: expectTool("create_jira_ticket", {
      projectKey: "OPS",
      title: includes("printer on floor 3 is jammed"),
      description: includes("since Monday"),
    }),
  },
  {
    prompt: "log an issue in the engineering project about flaky CI tests and assign it to Ben Okafor",
    category: "jira",
    expect: expectTool("create_jira_ticket", {
      projectKey: "ENG",
      title: includes("flaky CI tests"),
      assignee: "ben@acme.test",
    }),
  },
  {
    prompt: "Create a Jira task for OPS to renew the SSL certificates",
    category: "jira",
    expect: expectTool("create_jira_ticket", {
      projectKey: "OPS",
      title: includes("renew the SSL certificates"),
    }),
  },
  // Requests of several steps: the first call is the first step's (Slack follows once the ticket exists)
  {
    prompt:
      "Create a Jira ticket in OPS titled 'Printer on fire' assigned to Ana with labels hardware and urgent, then tell #ops on Slack",
    category: "jira",
    expect: expectTool("create_jira_ticket", {
      projectKey: "OPS",
      title: "Printer on fire",
      assignee: "ana@acme.test",
      labels: includes("hardware", "urgent"),
    }),
  },
  {
    prompt:
      "Crea un ticket de Jira en OPS titulado 'Impresora en llamas' asignado a Ana con etiquetas hardware y urgente, y luego avisa en #ops por Slack",
    category: "jira",
    expect: expectTool("create_jira_ticket", {
      projectKey: "OPS",
      title: "Impresora en llamas",
      assignee: "ana@acme.test",
      labels: includes("hardware", "urgente"),
    }),
  },
  {
    prompt: "Create a Jira ticket titled 'Printer on fire', then tell #ops on Slack",
    category: "clarify",
    expect: expectClarify("OPS"),
  },
  // Slack
  {
    prompt: "tell #ops on Slack that the VPN is back",
    category: "notify",
    expect: expectTool("slack_notify", { channel: "#ops", text: includes("VPN is back") }),
  },
  {
    prompt: "post in #general on slack saying 'Deploy finished'",
    category: "notify",
    expect: expectTool("slack_notify", { channel: "#general", text: "Deploy finished" }),
  },
  {
    prompt: "avisa en #soporte por Slack que el servidor ya funciona",
    category: "notify",
    expect: expectTool("slack_notify", { channel: "#soporte", text: includes("el servidor ya funciona") }),
  },
  // Jira — Spanish
  {
    prompt: 'Crea un ticket en OPS titulado "Servidor de correo caído"',
    category: "jira",
    expect: expectTool("create_jira_ticket", {
      projectKey: "OPS",
      title: includes("Servidor de correo caído"),
    }),
  },
  {
    prompt: "abre una incidencia en ENG sobre el error al exportar PDF y asígnala a Ana",
    category: "jira",
    expect: expectTool("create_jira_ticket", {
      projectKey: "ENG",
      title: includes("error al exportar PDF"),
      assignee: "ana@acme.test",
    }),
  },
  {
    prompt: "crea una tarea en Operations para revisar las copias de seguridad, etiquetas backup y urgente",
    category: "jira",
    expect: expectTool("create_jira_ticket", {
      projectKey: "OPS",
      title: includes("revisar las copias de seguridad"),
      labels: includes("backup", "urgente"),
    }),
  },
  {
    prompt: "nuevo ticket ENG: la app móvil se cierra al iniciar",
    category: "jira",
    expect: expectTool("create_jira_ticket", {
      projectKey: "ENG",
      title: includes("la app móvil se cierra al iniciar"),
    }),
  },
  {
    prompt: "registra un bug en ENG llamado Fallo en el login con SSO, asignado a Ben",
    category: "jira",
    expect: expectTool("create_jira_ticket", {
      projectKey: "ENG",
      title: includes("Fallo en el login con SSO"),
      assignee: "ben@acme.test",
    }),
  },
  // Search
  {
    prompt: "search the documents for the travel policy per diem",
    category: "search",
    expect: expectTool("search_documents", { query: includes("travel", "per diem") }),
  },
  {
    prompt: "What does the employee handbook say about parental leave?",
    category: "search",
    expect: expectTool("search_documents", { query: includes("parental leave") }),
  },
  {
    prompt: "find the top 3 passages about data retention in the uploaded docs",
    category: "search",
    expect: expectTool("search_documents", { query: includes("data retention"), topK: 3 }),
  },
  {
    prompt: 'look up "refund window" in the contracts collection',
    category: "search",
    expect: expectTool("search_documents", { query: includes("refund window"), collection: "contracts" }),
  },
  {
    prompt: "Is there anything in our docs about remote work equipment?",
    category: "search",
    expect: expectTool("search_documents", { query: includes("remote work equipment") }),
  },
  {
    prompt: "busca en los documentos la política de vacaciones",
    category: "search",
    expect: expectTool("search_documents", { query: includes("política de vacaciones") }),
  },
  {
    prompt: "¿Qué dice el contrato de Acme sobre penalizaciones?",
    category: "search",
    expect: expectTool("search_documents", { query: includes("penalizaciones") }),
  },
  {
    prompt: "encuentra información sobre el onboarding de clientes, los 10 primeros resultados",
    category: "search",
    expect: expectTool("search_documents", { query: includes("onboarding de clientes"), topK: 10 }),
  },
  {
    prompt: "search uploaded files: security incident response plan",
    category: "search",
    expect: expectTool("search_documents", { query: includes("security incident response plan") }),
  },
  {
    prompt: "where in the documentation do we describe the expense approval limits",
    category: "search",
    expect: expectTool("search_documents", { query: includes("expense approval limits") }),
  },
  // Clarify
  { prompt: "revenue for the Zephyr project", category: "clarify", expect: expectClarify("Zephyr", "Atlas") },
  { prompt: "ingresos del proyecto Orion este mes", category: "clarify", expect: expectClarify("Orion") },
  {
    prompt: "costs for the Nimbus business unit",
    category: "clarify",
    expect: expectClarify("Nimbus", "Robotics"),
  },
  { prompt: "crea un ticket sobre la caída del login", category: "clarify", expect: expectClarify("OPS") },
  {
    prompt: "Create a ticket about the broken coffee machine",
    category: "clarify",
    expect: expectClarify("OPS", "ENG"),
  },
  {
    prompt: "open the dashboard for sales and hiring",
    category: "clarify",
    expect: expectClarify("sales funnel", "hiring pipeline"),
  },
  { prompt: "open a dashboard", category: "clarify", expect: expectClarify("company health") },
  { prompt: "show the timeline of project Phoenix", category: "clarify", expect: expectClarify("Phoenix") },
  { prompt: "Create a ticket in ENG", category: "clarify", expect: expectClarify("title") },
  { prompt: "KPIs de la unidad Marte este trimestre", category: "clarify", expect: expectClarify("Marte") },
  {
    prompt: "ticket for the Atlas project about sensor drift",
    category: "clarify",
    expect: expectClarify("OPS"),
  },
  // No tool
  { prompt: "hi", category: "none", expect: expectNone() },
  { prompt: "Hello there!", category: "none", expect: expectNone() },
  { prompt: "thanks a lot", category: "none", expect: expectNone() },
  { prompt: "what can you do?", category: "none", expect: expectNone() },
  { prompt: "hola, ¿qué tal?", category: "none", expect: expectNone() },
  { prompt: "muchas gracias", category: "none", expect: expectNone() },
  { prompt: "¿Qué puedes hacer?", category: "none", expect: expectNone() },
  { prompt: "good morning", category: "none", expect: expectNone() },
  { prompt: "tell me a joke", category: "none", expect: expectNone() },
  { prompt: "what's the weather in Madrid?", category: "none", expect: expectNone() },
  { prompt: "who are you", category: "none", expect: expectNone() },
  { prompt: "adiós", category: "none", expect: expectNone() },
  { prompt: "this month has been crazy", category: "none", expect: expectNone() },
  { prompt: "ok", category: "none", expect: expectNone() },
  // Memory: a request to remember or forget is acknowledged without a tool; a question about the past is not one
  { prompt: "remember that my team is Borealis", category: "memory", expect: expectMemory("en") },
  { prompt: "Please remember: I prefer bar charts.", category: "memory", expect: expectMemory("en") },
  { prompt: "from now on remember I report to Maria", category: "memory", expect: expectMemory("en") },
  {
    prompt: "Hi Penny! Can you remember that our fiscal year starts in April?",
    category: "memory",
    expect: expectMemory("en"),
  },
  { prompt: "forget that I work on the Atlas project", category: "memory", expect: expectMemory("en") },
  { prompt: "recuerda que mi equipo es Robotics", category: "memory", expect: expectMemory("es") },
  {
    prompt: "Acuérdate de que prefiero las cifras en euros",
    category: "memory",
    expect: expectMemory("es"),
  },
  { prompt: "olvida que trabajo en Software", category: "memory", expect: expectMemory("es") },
  {
    prompt: "do you remember what our revenue was this quarter?",
    category: "memory",
    expect: expectTool("get_company_kpis", { period: "QTD", unit: "company" }),
  },
  {
    prompt: "¿recuerdas los ingresos de este trimestre?",
    category: "memory",
    expect: expectTool("get_company_kpis", { period: "QTD", unit: "company" }),
  },
  {
    prompt: "Remember that my team is Borealis. What's our revenue this quarter?",
    category: "memory",
    expect: expectTool("get_company_kpis", { period: "QTD", unit: "company" }),
  },
  // More KPI / dashboard variety
  kpis("Revenue, this quarter, Atlas.", "QTD", { project: "Atlas" }),
  kpis("atlas revenue qtd", "QTD", { project: "Atlas" }),
  kpis("yo what's the margin looking like ytd", "YTD"),
  kpis("So far this month, what are our costs?", "MTD"),
  kpis("headcount in the Services division", "MTD", { bu: "Services" }),
  kpis("tell me bookings for the current year", "YTD"),
  kpis("¿y el ARR de la empresa este año?", "YTD"),
  kpis("gastos totales del año", "YTD"),
  kpis("What was revenue in Software since January?", "YTD", { bu: "Software" }),
  dashboard("company health for the Robotics unit this month", "company-health", {
    period: "MTD",
    bu: "Robotics",
  }),
  dashboard("Display the incidents dashboard for Services", "ops-incidents", { bu: "Services" }),
  dashboard("panel de contratación del año", "hiring-pipeline", { period: "YTD" }),
  dashboard("roadmap for Delta Retrofit", "project-timeline", { project: "Delta Retrofit" }),
  dashboard("deals pipeline this quarter, sales funnel view", "sales-funnel", { period: "QTD" }),
  {
    prompt: "search for onboarding checklist",
    category: "search",
    expect: expectTool("search_documents", { query: includes("onboarding checklist") }),
  },
  {
    prompt: "find docs mentioning GDPR, top 8",
    category: "search",
    expect: expectTool("search_documents", { query: includes("GDPR"), topK: 8 }),
  },
];
