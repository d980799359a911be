import { describe, expect, it } from "vitest";
import { ChatError } from "../chat-error.ts";
import {
  activePath,
  compareBranches,
  type MessageNode,
  type MessageTree,
  newestLeafUnder,
  pathTo,
} from "./message-tree.ts";

/** A tree from `[id, parentId]` pairs in creation order. */
function treeOf(pairs: [string, string | null][]): MessageTree {
  const nodes = new Map<string, MessageNode>();
  const rootIds: string[] = [];
  pairs.forEach(([id, parentId], index) => {
    nodes.set(id, {
      id,
      parentId,
      role: index % 2 === 0 ? "user" : "assistant",
      parts: [],
      model: null,
      createdAt: new Date(index * 1000),
      childIds: [],
    });
    if (parentId) nodes.get(parentId)?.childIds.push(id);
    else rootIds.push(id);
  });
  return { nodes, rootIds };
}

const ids = (path: MessageNode[]) => path.map((node) => node.id);

//   q1 ─ a1 ─ q2 ─ a2
//      └ a1b ─ q3 ─ a3        (a regenerated answer, then a follow-up on it)
//   q1e ─ a1e                 (an edited first question: a second root)
const tree = treeOf([
  ["q1", null],
  ["a1", "q1"],
  ["q2", "a1"],
  ["a2", "q2"],
  ["a1b", "q1"],
  ["q3", "a1b"],
  ["a3", "q3"],
  ["q1e", null],
  ["a1e", "q1e"],
]);

describe("message tree", () => {
  it("walks from the root to a message", () => {
    expect(ids(pathTo(tree, "a3"))).toEqual(["q1", "a1b", "q3", "a3"]);
    expect(() => pathTo(tree, "nope")).toThrow(ChatError);
  });

  it("lands on the newest branch below a message when switching to it", () => {
    expect(newestLeafUnder(tree, "q1")).toBe("a3");
    expect(newestLeafUnder(tree, "a1")).toBe("a2");
    expect(newestLeafUnder(tree, "a2")).toBe("a2");
  });

  it("follows the stored active leaf, or the newest branch when there is none", () => {
    expect(ids(activePath(tree, "a2"))).toEqual(["q1", "a1", "q2", "a2"]);
    expect(ids(activePath(tree, null))).toEqual(["q1e", "a1e"]);
    expect(ids(activePath(tree, "deleted-leaf"))).toEqual(["q1e", "a1e"]);
    expect(activePath(treeOf([]), null)).toEqual([]);
  });

  it("compares two branches: what they share, then each side", () => {
    const sides = compareBranches(tree, "a1", "a1b");
    expect(ids(sides.common)).toEqual(["q1"]);
    expect(ids(sides.a)).toEqual(["a1", "q2", "a2"]);
    expect(ids(sides.b)).toEqual(["a1b", "q3", "a3"]);
    const roots = compareBranches(tree, "q1", "q1e");
    expect(roots.common).toEqual([]);
    expect(ids(roots.b)).toEqual(["q1e", "a1e"]);
    const nested = compareBranches(tree, "q2", "a2");
    expect(ids(nested.common)).toEqual(["q1", "a1", "q2", "a2"]);
    expect(nested.a).toEqual([]);
  });
});
