import { describe, expect, it } from "vitest";
import { diagramKind } from "./diagram-kind.ts";

const mermaid = (source: string) => () =>
  diagramKind.validate(new TextEncoder().encode(source), "text/vnd.mermaid");
const dot = (source: string) => () =>
  diagramKind.validate(new TextEncoder().encode(source), "text/vnd.graphviz");

describe("diagramKind: Mermaid", () => {
  it("accepts known diagram types after front matter and comments", () => {
    expect(mermaid("sequenceDiagram\n  Alice->>Bob: Hi")).not.toThrow();
    expect(mermaid("---\ntitle: Flow\n---\n%% a comment\ngraph TD;\n A-->B")).not.toThrow();
  });

  it("refuses empty sources and unknown first keywords", () => {
    expect(mermaid("  \n%% only a comment\n")).toThrow(/empty/);
    expect(mermaid("flowchrt LR\n A-->B")).toThrow(/"flowchrt" is not a Mermaid diagram type/);
  });
});

describe("diagramKind: Graphviz", () => {
  it("accepts graphs, digraphs and strict graphs with balanced braces", () => {
    expect(dot("digraph G { a -> b; subgraph cluster { c } }")).not.toThrow();
    expect(dot('// header\nstrict graph { a -- b [label="}"] }')).not.toThrow();
    expect(dot("/* c */ GRAPH { a }")).not.toThrow();
  });

  it("refuses other openings and unbalanced braces", () => {
    expect(dot("flowchart { a }")).toThrow(/starts with graph, digraph or strict/);
    expect(dot("digraph { a -> b")).toThrow(/never closed/);
    expect(dot("digraph { a } }")).toThrow(/no opening brace/);
    expect(dot("digraph G")).toThrow(/no body/);
  });
});
