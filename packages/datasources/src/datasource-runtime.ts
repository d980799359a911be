import type { BlobStore } from "@penny/artifacts";
import type { UploadTables } from "./kinds/upload/upload-tables.ts";

/** What running a datasource needs besides the database: the vault key, uploaded files' bytes, loaded tables. */
export interface DatasourceRuntime {
  masterKey: Buffer;
  blobStore: Pick<BlobStore, "get">;
  uploadTables: UploadTables;
}
