import { conceptsOfWord } from "./concept-matcher.ts";
import { tokenize } from "./normalize-text.ts";
import { isStopword } from "./stopwords.ts";
import { extractQuoted } from "./text-slots.ts";

/** Words that say "search my documents" rather than what to search for. */
const requestWords = new Set(
  `document documents docs doc files file pdf pdfs uploaded upload uploads knowledge base documento documentos archivos
  archivo ficheros fichero subidos subido search find look lookup locate grep buscar busca buscame encontrar encuentra
  localiza say says said dice dicen decir mention mentions menciona information info informacion anything something
  algo nada there hay whether si tell mention written escrito`.split(/\s+/),
);

function isRequestWord(normal: string): boolean {
  if (requestWords.has(normal)) return true;
  const token = tokenize(normal)[0];
  return token !== undefined && conceptsOfWord(token).has("search");
}

/** What to search for: the quoted text, else the request without its "search the documents for" framing. */
export function extractSearchQuery(text: string): string | undefined {
  const quoted = extractQuoted(text);
  if (quoted) return quoted;
  const kept = tokenize(text).filter((token) => !isRequestWord(token.normal));
  let first = 0;
  let last = kept.length - 1;
  while (first <= last && isStopword((kept[first] ?? { normal: "" }).normal)) first += 1;
  while (last >= first && isStopword((kept[last] ?? { normal: "" }).normal)) last -= 1;
  const words = kept.slice(first, last + 1).map((token) => token.raw);
  return words.length > 0 ? words.join(" ") : undefined;
}
