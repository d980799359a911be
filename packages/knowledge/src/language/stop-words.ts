/** Frequent English function words: common in any English text, rare in Spanish. */
export const englishStopWords: ReadonlySet<string> = new Set(
  "the of and to in is that for it with as was on be by this are or an at from which but not have has had were will would can could should they their there these those what when where who how you your we our its been if than then also into about".split(
    " ",
  ),
);

/** Frequent Spanish function words: common in any Spanish text, rare in English. */
export const spanishStopWords: ReadonlySet<string> = new Set(
  "el la los las de del que y en un una unos unas es por con para como pero sus su al lo se no mas o este esta estos estas ese esa son fue ha han hay muy sin sobre entre cuando donde tambien porque ya le les nos puede ser era desde hasta".split(
    " ",
  ),
);
