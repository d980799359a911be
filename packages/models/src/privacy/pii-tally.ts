import { type PiiKind, piiKinds } from "./pii-kind.ts";

/** How many values of one kind a filter took out; never the values themselves. */
export interface PiiCount {
  kind: PiiKind;
  count: number;
}

/** Counts redactions by kind, listed in `piiKinds` order so two tallies of the same text read the same. */
export class PiiTally {
  private readonly counts = new Map<PiiKind, number>();

  add(kind: PiiKind, count = 1): void {
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + count);
  }

  list(): PiiCount[] {
    return piiKinds.flatMap((kind) => {
      const count = this.counts.get(kind);
      return count ? [{ kind, count }] : [];
    });
  }
}
