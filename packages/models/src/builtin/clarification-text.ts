import type { Clarification } from "./argument-filler.ts";
import type { Language } from "./detect-language.ts";
import type { EntityCatalogue } from "./entity-catalogue.ts";
import { namesOfKind } from "./entity-resolver.ts";
import { splitIdentifier } from "./normalize-text.ts";

function joinOptions(options: string[], language: Language): string {
  const readable = options.map((option) => option.replace(/[-_]+/g, " "));
  if (readable.length <= 1) return readable.join("");
  const last = readable[readable.length - 1];
  return `${readable.slice(0, -1).join(", ")} ${language === "es" ? "o" : "or"} ${last}`;
}

function unknownEntity(
  clarification: Extract<Clarification, { reason: "unknown-entity" }>,
  catalogue: EntityCatalogue,
  language: Language,
): string {
  const known = namesOfKind(catalogue, clarification.kind);
  const list = known.length > 0 ? known.join(", ") : language === "es" ? "ninguno" : "none";
  if (language === "es") {
    const noun = clarification.kind === "project" ? "ningún proyecto" : "ninguna unidad de negocio";
    const plural = clarification.kind === "project" ? "Proyectos conocidos" : "Unidades de negocio conocidas";
    return `No encontré ${noun} llamado "${clarification.name}". ${plural}: ${list}. ¿Cuál querías decir?`;
  }
  const noun = clarification.kind === "project" ? "project" : "business unit";
  return `I couldn't find a ${noun} called "${clarification.name}". Known ${noun}s: ${list}. Which one did you mean?`;
}

function missingArgument(
  clarification: Extract<Clarification, { reason: "missing-argument" }>,
  catalogue: EntityCatalogue,
  language: Language,
): string {
  const spanish = language === "es";
  switch (clarification.role) {
    case "jira-key": {
      const known = (catalogue.jiraProjects ?? []).map((project) => `${project.key} (${project.name})`);
      if (known.length === 0)
        return spanish
          ? "¿En qué proyecto de Jira creo el ticket? Dime su clave (por ejemplo OPS)."
          : "Which Jira project should the ticket go to? Tell me its key (for example OPS).";
      return spanish
        ? `¿En qué proyecto de Jira creo el ticket? Proyectos conocidos: ${known.join(", ")}.`
        : `Which Jira project should the ticket go to? Known projects: ${known.join(", ")}.`;
    }
    case "title":
      return spanish ? "¿Qué título le pongo?" : "What should the title be?";
    case "query":
      return spanish
        ? "¿Qué quieres que busque en los documentos?"
        : "What should I search the documents for?";
    case "rows":
      return spanish
        ? '¿Qué datos quieres en el gráfico? Pega una pequeña tabla (por ejemplo "T1 10, T2 20") o pide primero una cifra, como los ingresos de este trimestre.'
        : 'Which data should I chart? Paste a small table (for example "Q1 10, Q2 20") or ask for a figure first, such as revenue this quarter.';
    default: {
      if (clarification.options.length > 0) {
        const options = joinOptions(clarification.options, language);
        return spanish ? `¿Cuál quieres: ${options}?` : `Which one do you mean: ${options}?`;
      }
      const label = clarification.description || splitIdentifier(clarification.property).join(" ");
      return spanish
        ? `Necesito este dato para continuar: ${label}. ¿Cuál es?`
        : `I need one more detail to do that: ${label}. What should it be?`;
    }
  }
}

/** The question to ask, in the user's language, when a tool call cannot be completed from what they said. */
export function clarificationText(
  clarification: Clarification,
  catalogue: EntityCatalogue,
  language: Language,
): string {
  return clarification.reason === "unknown-entity"
    ? unknownEntity(clarification, catalogue, language)
    : missingArgument(clarification, catalogue, language);
}
