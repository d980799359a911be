/** A diagram source its library could not draw; the message is the library's own (a parse error and its line). */
export class DiagramSourceError extends Error {
  override name = "DiagramSourceError";
}
