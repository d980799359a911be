import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "../../app/icons.tsx";
import { useFormat } from "../../i18n/use-format.ts";
import type { Cell } from "../data-table.tsx";
import { downloadBlob, fileNameFrom, tableToCsv, tableToParquet } from "./table-files.ts";

/** The filter box (any column or one), the row count, and downloads of the rows shown as CSV or Parquet. */
export function DataTableToolbar(props: {
  columns: string[];
  /** The rows as shown: filtered and sorted. */
  rows: Cell[][];
  total: number;
  numeric: boolean[];
  caption: string;
  query: string;
  onQueryChange: (query: string) => void;
  filterColumn: number | null;
  onFilterColumnChange: (column: number | null) => void;
}) {
  const { columns, rows, total, numeric, caption } = props;
  const { t } = useTranslation();
  const format = useFormat();
  const filterId = useId();
  const columnId = useId();
  const [preparing, setPreparing] = useState(false);
  const count = format.number(rows.length);

  const downloadParquet = async () => {
    setPreparing(true);
    try {
      const buffer = await tableToParquet(columns, rows, numeric);
      downloadBlob(
        new Blob([buffer], { type: "application/vnd.apache.parquet" }),
        fileNameFrom(caption, "parquet"),
      );
    } finally {
      setPreparing(false);
    }
  };

  return (
    <div className="data-table__toolbar">
      <div className="data-table__filter">
        <label htmlFor={filterId} className="visually-hidden">
          {t("dataTable.filter")}
        </label>
        <input
          id={filterId}
          type="search"
          placeholder={t("dataTable.filter")}
          value={props.query}
          onChange={(event) => props.onQueryChange(event.target.value)}
        />
        <label htmlFor={columnId} className="visually-hidden">
          {t("dataTable.filterColumn")}
        </label>
        <select
          id={columnId}
          value={props.filterColumn === null ? "" : String(props.filterColumn)}
          onChange={(event) =>
            props.onFilterColumnChange(event.target.value === "" ? null : Number(event.target.value))
          }
        >
          <option value="">{t("dataTable.allColumns")}</option>
          {columns.map((column, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a CSV header may repeat a name; the position is the key.
            <option key={index} value={index}>
              {column}
            </option>
          ))}
        </select>
      </div>
      <output className="data-table__count" aria-live="polite">
        {t("dataTable.rowCount", { shown: count, total: format.number(total) })}
      </output>
      <div className="data-table__downloads">
        <button
          type="button"
          className="button button--secondary button--small"
          aria-label={t("dataTable.downloadCsvLabel", { count })}
          onClick={() =>
            downloadBlob(
              new Blob([tableToCsv(columns, rows)], { type: "text/csv" }),
              fileNameFrom(caption, "csv"),
            )
          }
        >
          <Icon name="download" size={14} />
          {t("dataTable.downloadCsv")}
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          aria-label={t("dataTable.downloadParquetLabel", { count })}
          disabled={preparing}
          onClick={() => void downloadParquet()}
        >
          <Icon name="download" size={14} />
          {preparing ? t("dataTable.preparing") : t("dataTable.downloadParquet")}
        </button>
      </div>
    </div>
  );
}
