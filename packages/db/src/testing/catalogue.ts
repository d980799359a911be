import { sql } from "drizzle-orm";
import type { Database } from "../database.ts";
import { resultRows } from "../result-rows.ts";

export interface CatalogueColumn {
  table: string;
  column: string;
  type: string;
  notNull: boolean;
  hasDefault: boolean;
  /** A generated column: written by the database, never by an insert. */
  generated: boolean;
}

export interface CatalogueForeignKey {
  table: string;
  referencedTable: string;
  columns: string[];
  referencedColumns: string[];
}

/** Columns and foreign keys of the `public` schema as the database itself reports them. */
export async function readCatalogue(database: Database) {
  return database.withSession(async (db) => {
    const columns = resultRows<CatalogueColumn>(
      await db.execute(sql`
        select c.relname as "table", a.attname as "column", format_type(a.atttypid, a.atttypmod) as type,
               a.attnotnull as "notNull", (a.atthasdef or a.attidentity <> '' or a.attgenerated <> '') as "hasDefault",
               (a.attgenerated <> '') as generated
          from pg_attribute a
          join pg_class c on c.oid = a.attrelid
          join pg_namespace n on n.oid = c.relnamespace
         where n.nspname = 'public' and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped
         order by c.relname, a.attnum`),
    );
    const foreignKeys = resultRows<CatalogueForeignKey>(
      await db.execute(sql`
        select child.relname as "table", parent.relname as "referencedTable",
               array(select a.attname::text from unnest(con.conkey) with ordinality k(num, pos)
                       join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.num order by k.pos) as columns,
               array(select a.attname::text from unnest(con.confkey) with ordinality k(num, pos)
                       join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.num order by k.pos)
                 as "referencedColumns"
          from pg_constraint con
          join pg_class child on child.oid = con.conrelid
          join pg_class parent on parent.oid = con.confrelid
          join pg_namespace n on n.oid = child.relnamespace
         where con.contype = 'f' and n.nspname = 'public'
         order by child.relname, con.conname`),
    );
    return { columns, foreignKeys };
  });
}
