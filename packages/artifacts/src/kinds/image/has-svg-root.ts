/** Whether the first element of an XML text, after the declaration, comments and a doctype, is `<svg`. */
export function hasSvgRoot(text: string): boolean {
  let rest = text.trimStart();
  for (;;) {
    if (rest.startsWith("<?")) rest = after(rest, "?>");
    else if (rest.startsWith("<!--")) rest = after(rest, "-->");
    else if (rest.startsWith("<!")) rest = after(rest, ">");
    else break;
    if (rest === "") return false;
  }
  return /^<svg[\s/>]/.test(rest);
}

function after(text: string, end: string): string {
  const index = text.indexOf(end);
  return index === -1 ? "" : text.slice(index + end.length).trimStart();
}
