/**
 * Words that carry no meaning for choosing a tool or naming a thing, in English and Spanish (normalized: lower
 * case, no accents). Includes filler verbs of requests ("show me", "dame") and words every tool schema shares.
 */
export const stopwords: ReadonlySet<string> = new Set(
  `a an the of to in on at by for from with without and or but not no is are was were be been being am do does did
  doing have has had i me my mine we us our ours you your yours it its this that these those there here what which
  who whom whose when where why how can could would should will shall may might must please pls plz kindly just
  some any all each every one two as into than then so very also too up down out about over again more most
  show give tell let lets get got want need like know see check display pull bring see hey hi can't cant i'd i'm
  im what's whats how's hows it's thats that's quick quickly real really now right
  el la los las un una unos unas de del al a en con sin y o u e ni que se su sus mi mis tu tus nuestro nuestra
  nuestros nuestras es son fue ser esta este estos estas ese esa esos esas eso esto lo le les me te nos por para
  como cual cuales cuanto cuanta cuantos cuantas donde cuando quien muy mas menos tambien ya hay ha han he
  dame damos dime muestrame muestra mostrar ensename ensena quiero quisiera necesito puedes podrias podes favor porfa
  porfavor ver saber hola ahi aqui pues bueno vale ok okay id ids uuid string type per across business negocio cada
  entre`
    .split(/\s+/)
    .filter((word) => word.length > 0),
);

/** True for words that should not count as content. */
export function isStopword(normalWord: string): boolean {
  return stopwords.has(normalWord);
}
