import { useVirtualizer } from "@tanstack/react-virtual";
import { type KeyboardEvent, useDeferredValue, useId, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n/use-format.ts";
import { DataTableToolbar } from "./data-table/data-table-toolbar.tsx";
import { filterRows } from "./data-table/filter-rows.ts";
import { nextGridCell } from "./data-table/grid-keys.ts";

export type Cell = string | number | null;

/** Every row is one line of text (cells do not wrap), so rows have one height. Kept in step with artifacts.css. */
const ROW_HEIGHT = 31;
/** Rows drawn beyond the visible ones, so a quick scroll does not show blank space. */
const OVERSCAN = 12;

/** A column is numeric when every non-empty cell is a number. */
export function numericColumns(rows: Cell[][], width: number): boolean[] {
  return Array.from({ length: width }, (_, column) =>
    rows.every((row) => row[column] === null || row[column] === "" || typeof row[column] === "number"),
  );
}

type Sort = { column: number; direction: "ascending" | "descending" };

/**
 * A table of any length: only the rows in view are in the DOM (the rest are counted in aria-rowcount, and each drawn
 * row says where it sits with aria-rowindex). A column header is a button that sorts; a box filters rows; the rows
 * shown download as CSV or Parquet. The grid is one tab stop: arrow keys, Page Up/Down, Home/End move the active
 * cell (Ctrl+Home/End to the first or last row), scrolling it into view.
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
  const gridId = useId();
  const hintId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [sort, setSort] = useState<Sort | null>(null);
  const [query, setQuery] = useState("");
  const [filterColumn, setFilterColumn] = useState<number | null>(null);
  const [active, setActive] = useState<{ row: number; column: number } | null>(null);
  const deferredQuery = useDeferredValue(query);
  const numeric = useMemo(() => numericColumns(rows, columns.length), [rows, columns.length]);
  const collator = useMemo(() => new Intl.Collator(format.locale, { numeric: true }), [format.locale]);

  const filtered = useMemo(
    () => filterRows(rows, deferredQuery, filterColumn),
    [rows, deferredQuery, filterColumn],
  );
  const sorted = useMemo(() => {
    if (!sort) return filtered;
    const factor = sort.direction === "ascending" ? 1 : -1;
    return [...filtered].sort((a, b) => {
      const left = a[sort.column] ?? null;
      const right = b[sort.column] ?? null;
      if (left === right) return 0;
      if (left === null || left === "") return 1;
      if (right === null || right === "") return -1;
      if (typeof left === "number" && typeof right === "number") return (left - right) * factor;
      return collator.compare(String(left), String(right)) * factor;
    });
  }, [filtered, sort, collator]);

  const virtualizer = useVirtualizer({
    count: sorted.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = Math.max(0, virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0));

  const toggle = (column: number) =>
    setSort((current) =>
      current?.column === column && current.direction === "ascending"
        ? { column, direction: "descending" }
        : { column, direction: "ascending" },
    );

  const cellId = (row: number, column: number) => `${gridId}-${row}-${column}`;
  const activeDrawn =
    active !== null && items.some((item) => item.index === active.row) && active.row < sorted.length;

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (sorted.length === 0 || columns.length === 0) return;
    const current = active ?? { row: items[0]?.index ?? 0, column: 0 };
    const next = nextGridCell(event.key, event.ctrlKey, current, {
      rows: sorted.length,
      columns: columns.length,
    });
    if (!next) return;
    event.preventDefault();
    setActive(next);
    virtualizer.scrollToIndex(next.row, { align: "auto" });
  };

  return (
    <section className="data-table" aria-label={caption}>
      <DataTableToolbar
        columns={columns}
        rows={sorted}
        total={rows.length}
        numeric={numeric}
        caption={caption}
        query={query}
        onQueryChange={(value) => {
          setQuery(value);
          setActive(null);
        }}
        filterColumn={filterColumn}
        onFilterColumnChange={setFilterColumn}
      />
      <p id={hintId} className="visually-hidden">
        {t("dataTable.keyboardHint")}
      </p>
      <div className="data-table__scroll" ref={scrollRef}>
        <table
          // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a data grid is a table with the ARIA grid role (WAI-ARIA APG).
          role="grid"
          tabIndex={0}
          aria-rowcount={sorted.length + 1}
          aria-colcount={columns.length}
          aria-describedby={hintId}
          aria-activedescendant={activeDrawn && active ? cellId(active.row, active.column) : undefined}
          onKeyDown={onKeyDown}
        >
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr aria-rowindex={1}>
              {columns.map((column, index) => (
                <th
                  // biome-ignore lint/suspicious/noArrayIndexKey: a CSV header may repeat a name; the position is the key.
                  key={index}
                  scope="col"
                  aria-colindex={index + 1}
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
            {paddingTop > 0 && (
              // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row holds no content; it only keeps the scroll height.
              <tr aria-hidden="true" className="data-table__spacer">
                <td colSpan={columns.length} style={{ height: paddingTop }} />
              </tr>
            )}
            {items.map((item) => {
              const row = sorted[item.index] ?? [];
              return (
                <tr key={item.key} aria-rowindex={item.index + 2}>
                  {columns.map((_, index) => {
                    const cell = row[index] ?? null;
                    const isActive = active?.row === item.index && active.column === index;
                    const classes = [
                      numeric[index] ? "data-table__number" : "",
                      isActive ? "data-table__cell--active" : "",
                    ].join(" ");
                    return (
                      // biome-ignore lint/a11y/useKeyWithClickEvents: the grid's onKeyDown moves the active cell by keyboard.
                      <td
                        // biome-ignore lint/suspicious/noArrayIndexKey: cells have no identity beyond their column.
                        key={index}
                        id={cellId(item.index, index)}
                        aria-colindex={index + 1}
                        className={classes.trim() || undefined}
                        onClick={() => setActive({ row: item.index, column: index })}
                      >
                        {typeof cell === "number" ? format.number(cell) : (cell ?? "")}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
            {paddingBottom > 0 && (
              // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row holds no content; it only keeps the scroll height.
              <tr aria-hidden="true" className="data-table__spacer">
                <td colSpan={columns.length} style={{ height: paddingBottom }} />
              </tr>
            )}
          </tbody>
        </table>
        {sorted.length === 0 && rows.length > 0 && (
          <p className="data-table__more">{t("dataTable.noRows")}</p>
        )}
      </div>
    </section>
  );
}
