/** Every http(s) link in a plain-text body, in order; trailing sentence punctuation is not part of a link. */
export function linksInText(text: string): string[] {
  const matches = text.match(/https?:\/\/[^\s<>"]+/g) ?? [];
  return matches.map((link) => link.replace(/[.,;:!?)\]]+$/, ""));
}
