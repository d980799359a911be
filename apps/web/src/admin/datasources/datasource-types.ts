/** A datasource kind as GET /v1/datasources lists it. */
export interface DatasourceKindInfo {
  kind: string;
  label: string;
  built: boolean;
  description: string;
}

/** A datasource as the API returns it (never its password). */
export interface Datasource {
  id: string;
  name: string;
  kind: string;
  config: Record<string, unknown>;
  hasSecret: boolean;
  lastTestedAt: string | null;
  lastTestOk: boolean | null;
  lastTestMessage: string | null;
}

export interface DatasourceTestResult {
  ok: boolean;
  readOnly: boolean | null;
  message: string;
}

export interface DatasourceSchema {
  tables: { schema: string; name: string; columns: { name: string; type: string }[] }[];
  truncated: boolean;
}

export interface DatasourceQueryResult {
  columns: string[];
  rows: (string | number | boolean | null)[][];
  truncated: boolean;
  rowLimit: number;
}
