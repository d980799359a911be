import { evaluationId } from "./evaluation-catalogue.ts";

/** What the model should do with one phrasing: call a tool with (at least) these arguments, ask, or just answer. */
export type Expectation =
  | { tool: string; args: Record<string, unknown> }
  | { clarify: true }
  | { none: true };

export interface EvaluationCase {
  text: string;
  expect: Expectation;
  category: "kpis" | "dashboards" | "jira" | "documents" | "clarify" | "no-tool";
  /** "held-out" phrasings were written after the planner was finished and never used to adjust it. */
  split: "dev" | "held-out";
}

const kpi = (period: string, unit: string, name?: string) => ({
  tool: "get_company_kpis",
  args: { period, unit, ...(name ? { id: evaluationId(name) } : {}) },
});
const dashboard = (slug: string) => ({ tool: "load_dashboard", args: { slug } });
const jira = (args: Record<string, unknown>) => ({ tool: "create_jira_ticket", args });
const search = (query: string) => ({ tool: "search_documents", args: { query } });
const clarify = { clarify: true } as const;
const none = { none: true } as const;

const dev: [string, Expectation, EvaluationCase["category"]][] = [
  ["What's our revenue this quarter?", kpi("QTD", "company"), "kpis"],
  ["revenue this month", kpi("MTD", "company"), "kpis"],
  ["How much revenue have we made so far this year?", kpi("YTD", "company"), "kpis"],
  ["show me year to date revenue", kpi("YTD", "company"), "kpis"],
  ["quarter to date costs please", kpi("QTD", "company"), "kpis"],
  ["What is the gross margin month to date?", kpi("MTD", "company"), "kpis"],
  ["bookings so far this quarter", kpi("QTD", "company"), "kpis"],
  ["how is ARR trending this year", kpi("YTD", "company"), "kpis"],
  ["headcount this month?", kpi("MTD", "company"), "kpis"],
  ["What's our burn this quarter", kpi("QTD", "company"), "kpis"],
  ["Give me the KPIs for this quarter", kpi("QTD", "company"), "kpis"],
  ["company kpis ytd", kpi("YTD", "company"), "kpis"],
  ["revenue QTD for Atlas", kpi("QTD", "project", "Atlas"), "kpis"],
  ["How is the Atlas project doing this month?", kpi("MTD", "project", "Atlas"), "kpis"],
  ["margin for Borealis so far this year", kpi("YTD", "project", "Borealis"), "kpis"],
  ["costs of the Cobalt project this quarter", kpi("QTD", "project", "Cobalt"), "kpis"],
  ["Delta Retrofit revenue this month", kpi("MTD", "project", "Delta Retrofit"), "kpis"],
  ["revenue of the Robotics unit this quarter", kpi("QTD", "bu", "Robotics"), "kpis"],
  ["How much did Software book this year?", kpi("YTD", "bu", "Software"), "kpis"],
  ["Services business unit burn month to date", kpi("MTD", "bu", "Services"), "kpis"],
  ["headcount in robotics this quarter", kpi("QTD", "bu", "Robotics"), "kpis"],
  ["whats the revnue this quater", kpi("QTD", "company"), "kpis"],
  ["revenue atlas ytd", kpi("YTD", "project", "Atlas"), "kpis"],
  ["Could you tell me how our gross margin looks for the current quarter?", kpi("QTD", "company"), "kpis"],
  ["I need this month's cost figures", kpi("MTD", "company"), "kpis"],
  ["year-to-date bookings for Cobalt", kpi("YTD", "project", "Cobalt"), "kpis"],
  ["ARR for the software unit, quarter to date", kpi("QTD", "bu", "Software"), "kpis"],
  ["How are we doing on revenue this year compared to last?", kpi("YTD", "company"), "kpis"],
  ["¿Cuáles son los ingresos de este trimestre?", kpi("QTD", "company"), "kpis"],
  ["ingresos en lo que va del mes", kpi("MTD", "company"), "kpis"],
  ["¿Cuánto hemos facturado en lo que va del año?", kpi("YTD", "company"), "kpis"],
  ["gastos de este trimestre", kpi("QTD", "company"), "kpis"],
  ["margen bruto del mes", kpi("MTD", "company"), "kpis"],
  ["plantilla actual de este mes", kpi("MTD", "company"), "kpis"],
  ["ingresos del proyecto Atlas este trimestre", kpi("QTD", "project", "Atlas"), "kpis"],
  ["¿Cómo va Borealis en lo que va del año?", kpi("YTD", "project", "Borealis"), "kpis"],
  ["facturación de la unidad Robotics este mes", kpi("MTD", "bu", "Robotics"), "kpis"],
  ["costes de Services en lo que va del trimestre", kpi("QTD", "bu", "Services"), "kpis"],
  ["muéstrame los KPIs del año", kpi("YTD", "company"), "kpis"],
  ["ARR de Software este trimestre", kpi("QTD", "bu", "Software"), "kpis"],
  ["reservas (bookings) de Cobalt este mes", kpi("MTD", "project", "Cobalt"), "kpis"],
  ["quema de caja en lo que va del año", kpi("YTD", "company"), "kpis"],
  ["ingresos de Delta Retrofit en este trimestre", kpi("QTD", "project", "Delta Retrofit"), "kpis"],
  ["ingresos trimestre actual", kpi("QTD", "company"), "kpis"],
  ["Open the sales funnel dashboard", dashboard("sales-funnel"), "dashboards"],
  ["show me the company health dashboard", dashboard("company-health"), "dashboards"],
  ["finance snapshot please", dashboard("finance-snapshot"), "dashboards"],
  ["I want to see ops incidents", dashboard("ops-incidents"), "dashboards"],
  ["pull up the hiring pipeline", dashboard("hiring-pipeline"), "dashboards"],
  ["project timeline dashboard", dashboard("project-timeline"), "dashboards"],
  ["How healthy is the company? Show the dashboard", dashboard("company-health"), "dashboards"],
  ["open the incidents board", dashboard("ops-incidents"), "dashboards"],
  ["let me see the funnel", dashboard("sales-funnel"), "dashboards"],
  ["display our recruiting pipeline", dashboard("hiring-pipeline"), "dashboards"],
  ["abre el tablero del embudo de ventas", dashboard("sales-funnel"), "dashboards"],
  ["muéstrame el panel de salud de la empresa", dashboard("company-health"), "dashboards"],
  ["tablero de incidentes de operaciones", dashboard("ops-incidents"), "dashboards"],
  ["panel de contratación", dashboard("hiring-pipeline"), "dashboards"],
  ["cronograma de proyectos", dashboard("project-timeline"), "dashboards"],
  ["resumen financiero en el tablero", dashboard("finance-snapshot"), "dashboards"],
  [
    "Create a Jira ticket in OPS titled 'Fix the conveyor belt'",
    jira({ projectKey: "OPS", title: "Fix the conveyor belt" }),
    "jira",
  ],
  [
    'open a jira issue in ENG called "Login page times out"',
    jira({ projectKey: "ENG", title: "Login page times out" }),
    "jira",
  ],
  [
    "file a ticket in the Operations project about the broken badge reader",
    jira({ projectKey: "OPS" }),
    "jira",
  ],
  [
    "create an ENG ticket 'Upgrade Node' and assign it to Ben",
    jira({ projectKey: "ENG", title: "Upgrade Node" }),
    "jira",
  ],
  [
    'new jira issue OPS: "Restock spare parts" labels logistics, urgent',
    jira({ projectKey: "OPS", title: "Restock spare parts" }),
    "jira",
  ],
  [
    "crea un ticket de Jira en OPS titulado 'Revisar la cinta transportadora'",
    jira({ projectKey: "OPS", title: "Revisar la cinta transportadora" }),
    "jira",
  ],
  [
    'abre una incidencia en ENG llamada "Error al exportar PDF"',
    jira({ projectKey: "ENG", title: "Error al exportar PDF" }),
    "jira",
  ],
  [
    "crea una incidencia en el proyecto Engineering sobre la caída del login",
    jira({ projectKey: "ENG" }),
    "jira",
  ],
  ["search the documents for travel policy", search("travel policy"), "documents"],
  ["what do our documents say about parental leave?", { tool: "search_documents", args: {} }, "documents"],
  ["find the onboarding checklist in the docs", { tool: "search_documents", args: {} }, "documents"],
  ["busca en los documentos la política de gastos", { tool: "search_documents", args: {} }, "documents"],
  ["revenue for the Zephyr project this month", clarify, "clarify"],
  ["How is project Nimbus doing this quarter?", clarify, "clarify"],
  ["costs of the Marketing unit this year", clarify, "clarify"],
  ["Create a Jira ticket titled 'Fix the printer'", clarify, "clarify"],
  ["ingresos del proyecto Orion este mes", clarify, "clarify"],
  ["crea un ticket de Jira 'Cambiar el toner'", clarify, "clarify"],
  ["hello!", none, "no-tool"],
  ["thanks, that's all", none, "no-tool"],
  ["What can you do?", none, "no-tool"],
  ["good morning Penny", none, "no-tool"],
  ["hola", none, "no-tool"],
  ["gracias", none, "no-tool"],
  ["¿qué puedes hacer?", none, "no-tool"],
  ["who are you", none, "no-tool"],
];

const heldOut: [string, Expectation, EvaluationCase["category"]][] = [
  ["Where do we stand on revenue for the quarter so far?", kpi("QTD", "company"), "kpis"],
  ["tell me atlas' gross margin this month", kpi("MTD", "project", "Atlas"), "kpis"],
  ["YTD burn, robotics", kpi("YTD", "bu", "Robotics"), "kpis"],
  [
    "Need the numbers on bookings, month to date, for Delta Retrofit",
    kpi("MTD", "project", "Delta Retrofit"),
    "kpis",
  ],
  ["current quarter ARR across the whole company", kpi("QTD", "company"), "kpis"],
  ["how many people do we have this month in Services", kpi("MTD", "bu", "Services"), "kpis"],
  ["¿qué margen llevamos este año en Cobalt?", kpi("YTD", "project", "Cobalt"), "kpis"],
  ["dime los ingresos del trimestre para la unidad Software", kpi("QTD", "bu", "Software"), "kpis"],
  ["ventas de este mes", kpi("MTD", "company"), "kpis"],
  ["¿cuánto llevamos gastado en lo que va del año?", kpi("YTD", "company"), "kpis"],
  ["can I see the hiring dashboard?", dashboard("hiring-pipeline"), "dashboards"],
  ["bring up finance", dashboard("finance-snapshot"), "dashboards"],
  ["show sales funnel for this quarter", dashboard("sales-funnel"), "dashboards"],
  ["quiero ver el tablero de incidentes", dashboard("ops-incidents"), "dashboards"],
  ["enséñame el panel de la línea de tiempo de proyectos", dashboard("project-timeline"), "dashboards"],
  [
    "please raise an OPS ticket named 'Replace fire extinguishers'",
    jira({ projectKey: "OPS", title: "Replace fire extinguishers" }),
    "jira",
  ],
  [
    'jira ENG: "Flaky test in checkout"',
    jira({ projectKey: "ENG", title: "Flaky test in checkout" }),
    "jira",
  ],
  [
    "abre un ticket en OPS 'Comprar sillas' para Ana",
    jira({ projectKey: "OPS", title: "Comprar sillas" }),
    "jira",
  ],
  ["look up our security policy in the uploaded files", { tool: "search_documents", args: {} }, "documents"],
  ["¿qué dice el manual sobre vacaciones?", { tool: "search_documents", args: {} }, "documents"],
  ["revenue for the Helios project", clarify, "clarify"],
  ["margin of the Aerospace unit this month", clarify, "clarify"],
  ["open a jira issue called 'Broken link on homepage'", clarify, "clarify"],
  ["gastos del proyecto Vega este trimestre", clarify, "clarify"],
  ["hi there", none, "no-tool"],
  ["thank you!", none, "no-tool"],
  ["buenas tardes", none, "no-tool"],
  ["help", none, "no-tool"],
  ["ok great", none, "no-tool"],
  ["muchas gracias por la ayuda", none, "no-tool"],
];

/** Every phrasing, English and Spanish, tagged with its category and whether it was held out. */
export const evaluationCases: EvaluationCase[] = [
  ...dev.map(([text, expectation, category]) => ({
    text,
    expect: expectation,
    category,
    split: "dev" as const,
  })),
  ...heldOut.map(([text, expectation, category]) => ({
    text,
    expect: expectation,
    category,
    split: "held-out" as const,
  })),
];
