import { useEffect, useState } from "react";
import { useApi } from "../../../api/api-context.tsx";
import { artifactContentUrl } from "../../artifact-ref.ts";
import type { ArtifactRendererProps } from "../../artifact-renderer.ts";
import { ContentState } from "../../content-state.tsx";
import { DataTable } from "../../data-table.tsx";
import { PARQUET_MIME, readCsvTable, readParquetTable, type TableData } from "./read-table.ts";

type Loaded =
  | { status: "loading" }
  | { status: "ready"; table: TableData }
  | { status: "error"; error: unknown };

/** A table artifact (CSV or Parquet) in the virtualized data grid. */
export default function TableRenderer({ artifact }: ArtifactRendererProps) {
  const api = useApi();
  const [state, setState] = useState<Loaded>({ status: "loading" });
  const { id, version, mime } = artifact;
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: "loading" });
    api
      .fetch("GET", artifactContentUrl({ id, version }), { signal: controller.signal })
      .then(async (response) =>
        mime === PARQUET_MIME
          ? readParquetTable(await response.arrayBuffer())
          : readCsvTable(await response.text()),
      )
      .then((table) => !controller.signal.aborted && setState({ status: "ready", table }))
      .catch((error: unknown) => !controller.signal.aborted && setState({ status: "error", error }));
    return () => controller.abort();
  }, [api, id, version, mime]);
  if (state.status !== "ready") return <ContentState state={state} />;
  return (
    <div className="table-artifact">
      <DataTable columns={state.table.columns} rows={state.table.rows} caption={artifact.title} />
    </div>
  );
}
