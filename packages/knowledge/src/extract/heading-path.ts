/** Tracks the open headings by level and names the current path ("Chapter > Section"). */
export class HeadingPath {
  private readonly open: string[] = [];

  /** Opens a heading at level 1–6, closing any deeper ones. */
  enter(level: number, text: string): void {
    this.open.length = Math.max(0, level - 1);
    this.open[level - 1] = text;
  }

  /** The path of the open headings, or null before the first. */
  current(): string | null {
    const parts = this.open.filter((part) => part !== undefined && part !== "");
    return parts.length > 0 ? parts.join(" > ") : null;
  }
}
