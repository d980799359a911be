import { extractFeatures } from "./concept-matcher.ts";
import type { Language } from "./detect-language.ts";
import { detectLanguage } from "./detect-language.ts";
import type { EntityCatalogue } from "./entity-catalogue.ts";
import { formatFigure, formatPercent } from "./format-number.ts";
import { extractFigures, type Figure } from "./kpi-figures.ts";
import { conceptsOfMetric, metricLabel } from "./metric-labels.ts";
import { answerFromPassages, findPassages } from "./passage-answer.ts";
import { asSchema } from "./schema-view.ts";
import type { ReadToolResult } from "./tool-result-reader.ts";

const periodWords: Record<string, Record<Language, string>> = {
  MTD: { en: "month to date", es: "en lo que va de mes" },
  QTD: { en: "quarter to date", es: "en lo que va de trimestre" },
  YTD: { en: "year to date", es: "en lo que va de año" },
};

const artifactWords: Record<string, Record<Language, string>> = {
  chart: { en: "chart", es: "gráfico" },
  table: { en: "table", es: "tabla" },
  document: { en: "document", es: "documento" },
  dashboard: { en: "dashboard", es: "panel" },
};

function toolTitle(name: string): string {
  return name.replace(/[_-]+/g, " ");
}

function collectStrings(value: unknown, found: string[] = [], depth = 0): string[] {
  if (depth > 3) return found;
  if (typeof value === "string") found.push(value);
  else if (value && typeof value === "object")
    for (const child of Object.values(value)) collectStrings(child, found, depth + 1);
  return found;
}

/** "for Atlas, quarter to date": the entity and period the call was made for, read back from its input. */
function scopePhrase(input: unknown, catalogue: EntityCatalogue, language: Language): string {
  const strings = collectStrings(input);
  const entity = [...catalogue.projects, ...catalogue.businessUnits].find((candidate) =>
    strings.includes(candidate.id),
  );
  const period = strings
    .map((value) => periodWords[value.toUpperCase()])
    .find((words) => words !== undefined);
  const whole = language === "es" ? "toda la empresa" : "the whole company";
  const parts = [
    entity ? entity.name : strings.includes("company") ? whole : undefined,
    period?.[language],
  ].filter(Boolean);
  if (parts.length === 0) return "";
  return language === "es" ? ` (${parts.join(", ")})` : ` (${parts.join(", ")})`;
}

function describeFigure(figure: Figure, language: Language): string {
  const label = metricLabel(figure.key, language);
  const value = formatFigure(figure.value, language, figure.unit, figure.key);
  if (figure.changePercent === undefined || !Number.isFinite(figure.changePercent))
    return `${label}: ${value}.`;
  const previous =
    figure.previous !== undefined
      ? ` (${formatFigure(figure.previous, language, figure.unit, figure.key)})`
      : "";
  const size = formatPercent(Math.abs(figure.changePercent), language);
  if (Math.abs(figure.changePercent) < 0.05) {
    return language === "es"
      ? `${label}: ${value}, sin cambios frente al periodo anterior${previous}.`
      : `${label}: ${value}, flat vs the previous period${previous}.`;
  }
  const up = figure.changePercent > 0;
  if (language === "es")
    return `${label}: ${value}, ${up ? "sube" : "baja"} un ${size} frente al periodo anterior${previous}.`;
  return `${label}: ${value}, ${up ? "up" : "down"} ${size} vs the previous period${previous}.`;
}

function chooseFigures(figures: Figure[], question: string): Figure[] {
  const asked = extractFeatures(question).concepts;
  const wanted = figures.filter((figure) =>
    [...conceptsOfMetric(figure.key)].some((concept) => asked.has(concept)),
  );
  return (wanted.length > 0 ? wanted : figures).slice(0, 4);
}

function artifactSentence(result: ReadToolResult, language: Language): string {
  if (result.artifacts.length === 0) return "";
  const names = result.artifacts.map((artifact) => {
    const kind = artifactWords[artifact.kind]?.[language] ?? artifact.kind;
    return artifact.title ? `${kind} "${artifact.title}"` : kind;
  });
  return language === "es" ? `He creado: ${names.join(", ")}.` : `I created: ${names.join(", ")}.`;
}

function referenceSentence(data: unknown, language: Language): string {
  const node = asSchema(data);
  if (!node) return "";
  const references = ["key", "issueKey", "url", "link", "webUrl"]
    .map((key) => node[key])
    .filter((value) => typeof value === "string");
  if (references.length === 0) return "";
  return language === "es"
    ? `Referencia: ${references.join(" — ")}.`
    : `Reference: ${references.join(" — ")}.`;
}

function failureText(result: ReadToolResult, language: Language): string {
  const title = toolTitle(result.toolName);
  const detail = result.message ? `: ${result.message}` : "";
  if (result.status === "denied") {
    return language === "es"
      ? `La acción "${title}" no fue aprobada${detail}. No se hizo nada; si aún la necesitas, pídela de nuevo o pide a alguien con permiso que la apruebe.`
      : `The "${title}" action was not approved${detail}. Nothing was done; ask again if you still need it, or ask someone with permission to approve it.`;
  }
  return language === "es"
    ? `La herramienta "${title}" falló${detail}. Prueba de nuevo o reformula la petición; si sigue fallando, un administrador puede revisar su configuración.`
    : `The "${title}" tool failed${detail}. Try again or rephrase the request; if it keeps failing, an administrator can check its configuration.`;
}

function successText(
  result: ReadToolResult,
  question: string,
  catalogue: EntityCatalogue,
  language: Language,
): string {
  const passages = findPassages(result.data);
  if (passages) {
    const input = asSchema(result.input);
    const query = typeof input?.query === "string" && input.query.length > 0 ? input.query : question;
    return answerFromPassages(passages, query, language);
  }
  const figures = chooseFigures(extractFigures(result.data), question);
  const sentences: string[] = [];
  const summaryFits = result.summary !== undefined && detectLanguage(result.summary, language) === language;
  if (result.summary && (summaryFits || figures.length === 0))
    sentences.push(result.summary.trim().replace(/([^.!?])$/, "$1."));
  if (figures.length > 0) {
    const lead =
      language === "es"
        ? `Estas son las cifras${scopePhrase(result.input, catalogue, language)}:`
        : `Here are the figures${scopePhrase(result.input, catalogue, language)}:`;
    sentences.push(`${lead}\n${figures.map((figure) => `- ${describeFigure(figure, language)}`).join("\n")}`);
  }
  const reference = referenceSentence(result.data, language);
  if (reference) sentences.push(reference);
  const artifacts = artifactSentence(result, language);
  if (artifacts) sentences.push(artifacts);
  if (sentences.length === 0)
    sentences.push(
      language === "es"
        ? `Hecho: "${toolTitle(result.toolName)}" terminó.`
        : `Done: "${toolTitle(result.toolName)}" finished.`,
    );
  return sentences.join("\n\n");
}

/** The reply once tool results are in: figures with their change, passages with citations, failures said plainly. */
export function writeAnswer(
  results: ReadToolResult[],
  question: string,
  catalogue: EntityCatalogue,
  language: Language,
): string {
  return results
    .map((result) =>
      result.status === "ok"
        ? successText(result, question, catalogue, language)
        : failureText(result, language),
    )
    .join("\n\n");
}

/** A short note shown while a tool runs ("Checking: get company kpis…"). */
export function toolLeadIn(toolName: string, language: Language): string {
  return language === "es"
    ? `Un momento, consulto "${toolTitle(toolName)}".`
    : `One moment, checking "${toolTitle(toolName)}".`;
}
