import { normalizeText } from "./normalize-text.ts";

/** The languages Penny's built-in model answers in. */
export type Language = "en" | "es";

const spanishWords = new Set(
  `el la los las del al de que en por para con una unos unas es son esta este estos estas cual cuales cuanto cuantos
  cuantas como donde cuando quien muestrame dame dime ensename quiero necesito puedes podrias hola gracias mes
  trimestre ano anos proyecto unidad empresa ingresos gastos margen plantilla abre abreme crea busca buscar sobre
  tablero panel grafico grafica incidencia incidentes hubo hay va vamos nuestra nuestro nuestros muy bien favor
  titulado llamado asigna asignalo etiquetas lo le crear cuales documentos`.split(/\s+/),
);

const englishWords = new Set(
  `the of what how show me this that is are was for please give tell our we you your with about project unit
  company revenue costs margin month quarter year open create search find chart dashboard thanks thank hello hi
  hey can could would do does did so far to date in on it its and or titled called assign labels documents
  uploaded which whats where`.split(/\s+/),
);

/** English or Spanish, from the words a message uses; `fallback` when it cannot tell (e.g. "ARR?"). */
export function detectLanguage(text: string, fallback: Language = "en"): Language {
  if (/[¿¡ñÑ]/.test(text)) return "es";
  const words = normalizeText(text).split(/[^\p{L}]+/u);
  let spanish = 0;
  let english = 0;
  for (const word of words) {
    if (spanishWords.has(word)) spanish += 1;
    if (englishWords.has(word)) english += 1;
  }
  if (/[áéíóú]/i.test(text)) spanish += 1;
  if (spanish === english) return fallback;
  return spanish > english ? "es" : "en";
}
