import type { Language } from "./detect-language.ts";
import { tokenize } from "./normalize-text.ts";
import { isStopword } from "./stopwords.ts";

/** What a person asked of the assistant's memory: keep a fact, or drop one. */
export interface MemoryRequest {
  action: "remember" | "forget";
  /** The fact as the person wrote it, without the command's words and closing punctuation. */
  content: string;
  /** The language of the command's verb. */
  language: Language;
  /** The rest of the message (its other sentences); "" when the command is the whole message. */
  rest: string;
}

interface CommandForm {
  action: MemoryRequest["action"];
  language: Language;
  /** A polite request ("can you remember that …?"), which may end with a question mark. */
  request: boolean;
  /** Matches from the clause's start up to where the fact begins (lower case, accents folded). */
  pattern: RegExp;
}

// Words that may open a command without changing it ("ok, please remember …", "hola Penny, recuerda …").
const leadIn =
  "(?:(?:hey|hi|hello|ok|okay|also|and|oh|so|btw|penny|please|pls|plz|hola|oye|vale|bueno|ademas|y|porfa|por favor)\\s*[,!:]?\\s+)*";
const timeFrame =
  "(?:(?:from now on|going forward|in the future|in future|for future reference|for the future|a partir de ahora|de ahora en adelante|desde ahora|en adelante|para el futuro)\\s*[,:]?\\s+)?";
// A bare fact must be about the speaker ("remember I prefer tables"), so "remember the Q3 numbers" is no command.
const aboutMe = "(?=(?:i|i'm|im|i've|my|we|we're|our|me)\\b)";
const englishThat = `(?:\\s+that\\s+|\\s*:\\s*|\\s+[-–—]\\s+|\\s*,?\\s+${aboutMe})`;
const spanishQue = "(?:\\s+que\\s+|\\s*:\\s*|\\s+[-–—]\\s+)";

function form(
  action: MemoryRequest["action"],
  language: Language,
  verbs: string,
  connector: string,
  request = false,
): CommandForm {
  return {
    action,
    language,
    request,
    pattern: new RegExp(`${leadIn}${timeFrame}(?:${verbs})${connector}`, "y"),
  };
}

// Longer phrasings first within each alternation; "don't forget" is a way to remember, so remembering goes first.
const forms: CommandForm[] = [
  form(
    "remember",
    "en",
    "(?:can|could|would|will) you (?:please )?(?:remember|keep in mind|note|make a note)",
    englishThat,
    true,
  ),
  form(
    "remember",
    "en",
    "remember(?: this)?(?: for me| for later)?|keep in mind|bear in mind|make a note|take note|note down|don'?t forget|do not forget|never forget|(?:save|add|store|put|keep)(?: this| that)? (?:to|in|into) (?:your )?memory",
    englishThat,
  ),
  form(
    "remember",
    "es",
    "(?:puedes|podrias|podes|podria) (?:por favor )?(?:recordar|acordarte de|acordarse de|tener en cuenta|anotar)",
    spanishQue,
    true,
  ),
  form(
    "remember",
    "es",
    "recuerda|recuerde|recorda|acuerdate de|acuerdate|acordate de|acordate|acuerdese de|ten en cuenta|tene en cuenta|tenga en cuenta|toma nota de|toma nota|anota|apunta|no olvides|no te olvides de|no se olvide de|guarda en (?:tu )?memoria",
    spanishQue,
  ),
  form(
    "forget",
    "en",
    "(?:can|could|would) you (?:please )?forget|you can forget|forget|stop remembering|(?:remove|delete|erase) (?:this |that )?from (?:your )?memory",
    // Not "forget about …": that is how people say "never mind".
    "(?:\\s+that\\s+|\\s*:\\s*|\\s+[-–—]\\s+)",
  ),
  form(
    "forget",
    "es",
    // Not "olvide": without its accent it cannot be told from "olvidé" (I forgot).
    "(?:puedes|podrias|podes) (?:por favor )?(?:olvidar|borrar de tu memoria)|olvida|ya no recuerdes|deja de recordar|borra de (?:tu )?memoria",
    "(?:\\s+(?:que|lo de|lo que)\\s+|\\s*:\\s*|\\s+[-–—]\\s+)",
  ),
  form("forget", "es", "olvidate|olvidese", "\\s+de(?:\\s+que|\\s+lo de)?\\s+"),
];

/**
 * Lower case without accents and with straight apostrophes, one character for one, so an offset in the result is
 * an offset in the original.
 */
function foldKeepingOffsets(text: string): string {
  let folded = "";
  for (const character of text) {
    const plain = character
      .normalize("NFD")
      .replace(/\p{M}+/gu, "")
      .toLowerCase()
      .replace("’", "'");
    folded += plain.length === character.length ? plain : character;
  }
  return folded;
}

/** Where each clause of `text` starts: the text's start and after each sentence's end. */
function clauseStarts(text: string): number[] {
  const starts = [0];
  for (const match of text.matchAll(/[.!?;]\s+|\n+/g)) starts.push(match.index + match[0].length);
  return starts;
}

/** The end of the clause that starts at `from`: its closing punctuation (an initial such as "J." does not count). */
function clauseEnd(text: string, from: number): { end: number; mark: string } {
  const closing = /(?<!(?:^|[\s(])\p{L})[.!?;](?=\s|$)|\n/gu;
  closing.lastIndex = from;
  const match = closing.exec(text);
  return match ? { end: match.index, mark: match[0] } : { end: text.length, mark: "" };
}

/** The words of a fact or a message that matching uses: accents folded, light stems, no filler words. */
export function memoryTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const token of tokenize(text)) {
    if (token.normal.length > 1 && !isStopword(token.normal)) terms.add(token.stem);
  }
  return [...terms];
}

/**
 * Reads an explicit memory command at the start of one of the message's sentences, in English or Spanish:
 * "remember that …", "please remember: …", "from now on remember I …", "recuerda que …", "acuérdate de que …",
 * "forget that …", "olvida que …". Questions about memory ("do you remember the Q3 numbers?", "¿recuerdas qué
 * día es?") are not commands. Undefined when the message holds none.
 */
export function readMemoryRequest(message: string): MemoryRequest | undefined {
  const text = message.normalize("NFC");
  const folded = foldKeepingOffsets(text);
  for (const start of clauseStarts(folded)) {
    const opening = /[\s¡¿"'“«(]*/y;
    opening.lastIndex = start;
    opening.exec(folded);
    const at = opening.lastIndex;
    for (const candidate of forms) {
      candidate.pattern.lastIndex = at;
      const match = candidate.pattern.exec(folded);
      if (!match) continue;
      const contentStart = at + match[0].length;
      const { end, mark } = clauseEnd(folded, contentStart);
      // "recuerda qué día es": the accent makes it a question word, not the conjunction.
      const asksWhat = /qué\s*$/i.test(text.slice(at, contentStart));
      if (asksWhat || (mark === "?" && !candidate.request)) break;
      const content = text
        .slice(contentStart, end)
        .trim()
        .replace(/^["'“«]+|["'”»]+$/g, "")
        .trim();
      if (memoryTerms(content).length === 0) break;
      const rest = `${text.slice(0, start)} ${text.slice(end + mark.length)}`.replace(/\s+/g, " ").trim();
      return { action: candidate.action, content, language: candidate.language, rest };
    }
  }
  return undefined;
}
