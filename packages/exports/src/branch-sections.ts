import type { ConversationSnapshot, ExportMessage } from "./export-snapshot.ts";

/** A run of messages shown together: the active branch, or what another branch says after it parts. */
export interface BranchSection {
  label: string;
  /** Set for another branch: the message it continues from (absent when it starts a new root). */
  forkedFrom: ExportMessage | null;
  messages: ExportMessage[];
}

/**
 * The active branch first, then each other branch from where it leaves what was already shown, so an export of
 * every branch repeats no message.
 */
export function branchSections(snapshot: ConversationSnapshot): BranchSection[] {
  const byId = new Map(snapshot.messages.map((message) => [message.id, message]));
  const active = snapshot.activePath.map((id) => byId.get(id)).filter((message) => message !== undefined);
  const sections: BranchSection[] = [{ label: "Active branch", forkedFrom: null, messages: active }];
  if (snapshot.branches === "active") return sections;
  const shown = new Set(active.map((message) => message.id));
  const parents = new Set(snapshot.messages.map((message) => message.parentId).filter((id) => id !== null));
  const leaves = snapshot.messages.filter((message) => !parents.has(message.id) && !shown.has(message.id));
  for (const leaf of leaves) {
    const path: ExportMessage[] = [];
    let current: ExportMessage | undefined = leaf;
    while (current && !shown.has(current.id)) {
      path.unshift(current);
      current = current.parentId ? byId.get(current.parentId) : undefined;
    }
    for (const message of path) shown.add(message.id);
    sections.push({ label: `Branch ${sections.length + 1}`, forkedFrom: current ?? null, messages: path });
  }
  return sections;
}

/** How a message's author is named in an export. */
export function authorOf(message: ExportMessage): string {
  if (message.role === "user") return "You";
  if (message.role === "assistant") return message.model ? `Assistant (${message.model})` : "Assistant";
  return message.role === "tool" ? "Tool" : "System";
}
