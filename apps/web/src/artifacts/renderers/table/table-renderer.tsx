import { useMemo } from "react";
import type { ArtifactRendererProps } from "../../artifact-renderer.ts";
import { ContentState } from "../../content-state.tsx";
import { DataTable } from "../../data-table.tsx";
import { useArtifactText } from "../../use-artifact-text.ts";
import { cellValue, parseCsv } from "./parse-csv.ts";

/** A CSV table artifact, sortable. */
export default function TableRenderer({ artifact }: ArtifactRendererProps) {
  const content = useArtifactText(artifact);
  const table = useMemo(() => {
    if (content.status !== "ready") return null;
    const [header = [], ...records] = parseCsv(content.text);
    return { columns: header, rows: records.map((record) => record.map(cellValue)) };
  }, [content]);
  if (content.status !== "ready" || !table) {
    return <ContentState state={content.status === "ready" ? { status: "loading" } : content} />;
  }
  return <DataTable columns={table.columns} rows={table.rows} caption={artifact.title} />;
}
