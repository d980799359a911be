/**
 * Functions that reach past the data: the server's files, other sessions, settings, other databases, sleeping, or
 * running SQL from a string (which would escape the guard). Names are matched without their schema.
 */
const deniedExact: Record<string, string> = {
  pg_sleep: "it only waits",
  pg_sleep_for: "it only waits",
  pg_sleep_until: "it only waits",
  pg_read_file: "it reads the server's files",
  pg_read_binary_file: "it reads the server's files",
  pg_ls_dir: "it lists the server's files",
  pg_stat_file: "it reads the server's files",
  pg_terminate_backend: "it ends other sessions",
  pg_cancel_backend: "it stops other sessions' queries",
  pg_reload_conf: "it changes the server",
  pg_rotate_logfile: "it changes the server",
  pg_promote: "it changes the server",
  pg_switch_wal: "it changes the server",
  pg_create_restore_point: "it changes the server",
  pg_notify: "it signals other sessions",
  pg_logical_emit_message: "it writes to the log",
  pg_export_snapshot: "it exposes a snapshot to other sessions",
  set_config: "it changes settings",
  current_setting: "it reads the server's settings",
  nextval: "it changes a sequence",
  setval: "it changes a sequence",
  query_to_xml: "it runs SQL from a string",
  query_to_xml_and_xmlschema: "it runs SQL from a string",
  query_to_xmlschema: "it runs SQL from a string",
  cursor_to_xml: "it reads a cursor",
  database_to_xml: "it dumps the database",
  database_to_xml_and_xmlschema: "it dumps the database",
  schema_to_xml: "it dumps a schema",
  schema_to_xml_and_xmlschema: "it dumps a schema",
};

/** Families by prefix: other databases (dblink), large objects (server files), advisory locks, WAL, replication. */
const deniedPrefixes: [string, string][] = [
  ["dblink", "it connects to other databases"],
  ["lo_", "it reads or writes large objects and server files"],
  ["pg_advisory", "it takes locks"],
  ["pg_try_advisory", "it takes locks"],
  ["pg_replication", "it changes replication"],
  ["pg_create_", "it changes the server"],
  ["pg_drop_", "it changes the server"],
  ["pg_wal_", "it changes the server"],
  ["pg_file_", "it writes the server's files"],
];

/** Why the function is refused, or undefined when it may run. */
export function deniedFunctionReason(name: string): string | undefined {
  const exact = deniedExact[name];
  if (exact) return exact;
  return deniedPrefixes.find(([prefix]) => name.startsWith(prefix))?.[1];
}
