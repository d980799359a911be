/**
 * A deliberately light stemmer for English and Spanish: it only needs to make a word and its plural, gerund or
 * gendered form meet on one string ("incidents"/"incidentes"/"incidente" → "incident"), not to be linguistics.
 * Input is already lower-case without accents.
 */
export function stemWord(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let stem = word;
  if (stem.endsWith("ciones") || stem.endsWith("siones")) stem = stem.slice(0, -2);
  else if (stem.endsWith("ies") && stem.length > 4) stem = `${stem.slice(0, -3)}y`;
  else if (stem.endsWith("ings") && stem.length > 6) stem = stem.slice(0, -4);
  else if (stem.endsWith("ing") && stem.length > 5) stem = stem.slice(0, -3);
  else if (stem.endsWith("ed") && stem.length > 5) stem = stem.slice(0, -2);
  else if (stem.endsWith("ly") && stem.length > 5) stem = stem.slice(0, -2);
  else if (stem.endsWith("es") && stem.length > 4 && !/[aeiou]es$/.test(stem)) stem = stem.slice(0, -2);
  else if (stem.endsWith("s") && !stem.endsWith("ss") && stem.length > 3) stem = stem.slice(0, -1);
  if (stem.length > 4 && /[aeo]$/.test(stem)) stem = stem.slice(0, -1);
  return stem;
}
