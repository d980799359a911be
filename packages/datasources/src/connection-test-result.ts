/** The outcome of testing a datasource, in words for the admin; `readOnly` is null when it could not be told. */
export interface ConnectionTestResult {
  ok: boolean;
  readOnly: boolean | null;
  message: string;
}
