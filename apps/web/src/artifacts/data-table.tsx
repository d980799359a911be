import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n/use-format.ts";

export type Cell = string | number | null;

/** How many rows are drawn at once; the rest are counted, not rendered (virtualization is not built yet). */
const ROW_LIMIT = 1_000;

/** A column is numeric when every non-empty cell is a number. */
function numericColumns(rows: Cell[][], width: number): boolean[] {
  return Array.from({ length: width }, (_, column) =>
    rows.every((row) => row[column] === null || row[column] === "" || typeof row[column] === "number"),
  );
}

/**
 * A sortable table: a column header is a button (click or Enter toggles ascending / descending; aria-sort tells
 * screen readers). Numbers are right-aligned and formatted in the person's language.
 */
export function DataTable({
  columns,
  rows,
  caption,
}: {
  columns: string[];
  rows: Cell[][];
  caption: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [sort, setSort] = useState<{ column: number; direction: "ascending" | "descending" } | null>(null);
  const numeric = useMemo(() => numericColumns(rows, columns.length), [rows, columns.length]);
  const collator = useMemo(() => new Intl.Collator(format.locale, { numeric: true }), [format.locale]);

  const sorted = useMemo(() => {
    if (!sort) return rows;
    const factor = sort.direction === "ascending" ? 1 : -1;
    return [...rows].sort((a, b) => {
      const left = a[sort.column] ?? null;
      const right = b[sort.column] ?? null;
      if (left === right) return 0;
      if (left === null || left === "") return 1;
      if (right === null || right === "") return -1;
      if (typeof left === "number" && typeof right === "number") return (left - right) * factor;
      return collator.compare(String(left), String(right)) * factor;
    });
  }, [rows, sort, collator]);

  const toggle = (column: number) =>
    setSort((current) =>
      current?.column === column && current.direction === "ascending"
        ? { column, direction: "descending" }
        : { column, direction: "ascending" },
    );

  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
    <section className="data-table" tabIndex={0} aria-label={caption}>
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th
                key={column}
                scope="col"
                className={numeric[index] ? "data-table__number" : undefined}
                aria-sort={sort?.column === index ? sort.direction : undefined}
              >
                <button type="button" className="data-table__sort" onClick={() => toggle(index)}>
                  {column}
                  <span aria-hidden="true" className="data-table__arrow">
                    {sort?.column === index ? (sort.direction === "ascending" ? "▲" : "▼") : "↕"}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.slice(0, ROW_LIMIT).map((row, rowIndex) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own; the order is the key.
            <tr key={rowIndex}>
              {columns.map((column, index) => {
                const cell = row[index] ?? null;
                return (
                  <td key={column} className={numeric[index] ? "data-table__number" : undefined}>
                    {typeof cell === "number" ? format.number(cell) : (cell ?? "")}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > ROW_LIMIT && (
        <p className="data-table__more">
          {t("artifacts.moreRows", { shown: format.number(ROW_LIMIT), total: format.number(rows.length) })}
        </p>
      )}
    </section>
  );
}
