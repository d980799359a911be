import type { Language } from "./detect-language.ts";
import { normalizeText } from "./normalize-text.ts";
import type { ToolDefinition } from "./tool-vocabulary.ts";

/** A message that needs no tool: a greeting, thanks, a question about what Penny can do, or anything else. */
export type SmallTalkKind = "greeting" | "thanks" | "capabilities" | "farewell" | "other";

const patterns: [SmallTalkKind, RegExp][] = [
  [
    "capabilities",
    /\b(what can you do|what do you do|what are you able|how can you help|what can i ask|help me\b(?!\s+\w+\s)|^help\b|who are you|what are you|que puedes hacer|que sabes hacer|en que me (?:puedes )?ayudar|que haces|quien eres|que eres|^ayuda\b|como funcionas)/,
  ],
  [
    "thanks",
    /\b(thanks|thank you|thx|ty|cheers|much appreciated|gracias|te lo agradezco|perfecto|genial|great|awesome|perfect)\b/,
  ],
  ["farewell", /\b(bye|goodbye|see you|adios|hasta luego|hasta manana|nos vemos|chao|chau)\b/],
  [
    "greeting",
    /^\s*(hi|hello|hey|yo|howdy|good (?:morning|afternoon|evening)|hola|buenas|buenos dias|buenas tardes|buenas noches|que tal|saludos)\b/,
  ],
];

/** Which kind of no-tool message this is. */
export function classifySmallTalk(text: string): SmallTalkKind {
  const normal = normalizeText(text).trim();
  for (const [kind, pattern] of patterns) if (pattern.test(normal)) return kind;
  return "other";
}

function capabilityList(tools: ToolDefinition[]): string {
  return tools
    .map((tool) => {
      const first = (tool.description.split(/(?<=\.)\s/)[0] ?? tool.name).trim().replace(/\.$/, "");
      return `- ${first.length > 0 ? first : tool.name.replace(/_/g, " ")}`;
    })
    .join("\n");
}

/** A short reply to a message that needs no tool, listing what the offered tools can do. */
export function smallTalkReply(kind: SmallTalkKind, tools: ToolDefinition[], language: Language): string {
  const spanish = language === "es";
  const list = capabilityList(tools);
  const offer =
    tools.length === 0
      ? spanish
        ? "Ahora mismo no tengo herramientas disponibles, pero puedo conversar."
        : "I have no tools available right now, but I can chat."
      : `${spanish ? "Puedo ayudarte con:" : "I can help with:"}\n${list}`;
  switch (kind) {
    case "greeting":
      return `${spanish ? "¡Hola! Soy Penny (modelo integrado, sin conexión)." : "Hi! I'm Penny (built-in offline model)."} ${offer}`;
    case "thanks":
      return spanish ? "¡De nada! ¿Necesitas algo más?" : "You're welcome! Anything else?";
    case "farewell":
      return spanish ? "¡Hasta luego!" : "Goodbye!";
    case "capabilities":
      return `${spanish ? "Soy el modelo integrado de Penny: funciono sin conexión y uso herramientas." : "I'm Penny's built-in model: I work offline and use tools."} ${offer}`;
    default:
      return `${spanish ? "No estoy seguro de cómo ayudarte con eso sin conexión." : "I'm not sure how to help with that offline."} ${offer}`;
  }
}
