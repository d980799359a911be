import { Worker } from "node:worker_threads";
import { DatasourceQueryError } from "../../errors/datasource-query-error.ts";
import { DatasourceTimeoutError } from "../../errors/datasource-timeout-error.ts";
import { limitRows, type QueryResult } from "../../query-result.ts";
import { wrapWithLimit } from "../../sql/wrap-with-limit.ts";
import type { UploadColumn } from "./upload-config.ts";

/** The table a worker loads: its name, typed columns and text rows. */
export interface LoadedTable {
  table: string;
  columns: UploadColumn[];
  rows: string[][];
}

interface Entry {
  worker: Worker;
  pending: Map<number, (answer: WorkerAnswer) => void>;
  /** Settles when the worker has loaded the table (or failed to). */
  loaded: Promise<WorkerAnswer>;
}

/** How long loading one table may take (PGlite's cold start included), apart from the query's own timeout. */
const LOAD_TIMEOUT_MS = 60_000;
const LOADED = -1;

type WorkerAnswer =
  | { id: number; ok: true; columns: string[]; rows: unknown[][] }
  | { id: number; ok: false; message: string };

const workerUrl = new URL("./upload-worker.mjs", import.meta.url);

/**
 * Uploaded tables loaded into fresh in-memory PGlite instances, one worker thread each, never the app database.
 * Kept per process by key (content hash + table layout) in a small LRU; an evicted or timed-out worker is terminated.
 */
export class UploadTables {
  readonly #entries = new Map<string, Entry>();
  #nextId = 0;

  constructor(private readonly capacity = 4) {}

  /** Runs a guarded SELECT against the table under `key`, loading it with `load` when this process has not yet. */
  async query(options: {
    key: string;
    load: () => Promise<LoadedTable>;
    sql: string;
    rowLimit: number;
    timeoutMs: number;
  }): Promise<QueryResult> {
    const entry = await this.#open(options.key, options.load);
    let loadTimer: NodeJS.Timeout | undefined;
    const loaded = await Promise.race([
      entry.loaded,
      new Promise<"timeout">((resolve) => {
        loadTimer = setTimeout(resolve, LOAD_TIMEOUT_MS, "timeout");
      }),
    ]);
    clearTimeout(loadTimer);
    if (loaded === "timeout" || !loaded.ok) {
      await this.#evict(options.key);
      throw new DatasourceQueryError(
        `The uploaded table could not be loaded: ${loaded === "timeout" ? "it took too long" : loaded.message}.`,
      );
    }
    const id = this.#nextId++;
    const answer = await new Promise<WorkerAnswer | "timeout">((resolve) => {
      const timer = setTimeout(() => resolve("timeout"), options.timeoutMs);
      entry.pending.set(id, (value) => {
        clearTimeout(timer);
        resolve(value);
      });
      entry.worker.postMessage({ id, sql: wrapWithLimit(options.sql, options.rowLimit + 1) });
    });
    entry.pending.delete(id);
    if (answer === "timeout") {
      // The only way to stop a running PGlite statement: drop the whole instance.
      await this.#evict(options.key);
      throw new DatasourceTimeoutError(
        `The query ran longer than ${options.timeoutMs} ms, the datasource's timeout, and was stopped.`,
      );
    }
    if (!answer.ok)
      throw new DatasourceQueryError(`The query failed on the uploaded table: ${answer.message}.`);
    return limitRows(answer.columns, answer.rows, options.rowLimit);
  }

  /** Terminates every worker (server shutdown, tests). */
  async close(): Promise<void> {
    await Promise.all([...this.#entries.keys()].map((key) => this.#evict(key)));
  }

  /** How many tables this process holds loaded. */
  get size(): number {
    return this.#entries.size;
  }

  async #open(key: string, load: () => Promise<LoadedTable>): Promise<Entry> {
    const existing = this.#entries.get(key);
    if (existing) {
      // Most recently used goes last.
      this.#entries.delete(key);
      this.#entries.set(key, existing);
      return existing;
    }
    const table = await load();
    const worker = new Worker(workerUrl, { workerData: table });
    worker.unref();
    const pending = new Map<number, (answer: WorkerAnswer) => void>();
    const loaded = new Promise<WorkerAnswer>((resolve) => pending.set(LOADED, resolve));
    const entry: Entry = { worker, pending, loaded };
    worker.on("message", (answer: WorkerAnswer) => entry.pending.get(answer.id)?.(answer));
    worker.on("error", (error) => {
      for (const settle of entry.pending.values()) settle({ id: -1, ok: false, message: error.message });
      if (this.#entries.get(key) === entry) this.#entries.delete(key);
    });
    this.#entries.set(key, entry);
    while (this.#entries.size > this.capacity) {
      const [oldest] = this.#entries.keys();
      if (oldest === undefined) break;
      await this.#evict(oldest);
    }
    return entry;
  }

  async #evict(key: string): Promise<void> {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    // Queries still waiting on this table end now rather than at their own timeout.
    for (const settle of entry.pending.values()) {
      settle({ id: -1, ok: false, message: "the table was unloaded while the query waited" });
    }
    await entry.worker.terminate();
  }
}
