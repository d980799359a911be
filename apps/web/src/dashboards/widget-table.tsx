import { useTranslation } from "react-i18next";
import { useDashboardFormat } from "./use-dashboard-format.ts";
import type { ColumnView, DrillDown } from "./widget-views.ts";

type Row = Record<string, unknown>;

/**
 * A widget's rows as a table. When the rows drill down, the first cell is a button (so keyboard and screen-reader
 * users get the same drill-down as a click on the row or on the chart's mark).
 */
export function WidgetTable({
  caption,
  rows,
  columns,
  drill,
  nameKey,
  onDrill,
}: {
  caption: string;
  rows: Row[];
  columns: ColumnView[];
  drill?: DrillDown;
  nameKey: string;
  onDrill: (drill: DrillDown, row: Row) => void;
}) {
  const { t } = useTranslation();
  const { format } = useDashboardFormat();
  if (rows.length === 0) return null;
  const actionName = (row: Row) => {
    const name = format(row[nameKey], "text");
    return drill?.target.kind === "filter"
      ? t("dashboards.drill.narrowTo", { name })
      : t("dashboards.drill.showDetail", { name });
  };
  return (
    <div className="widget-table">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={column.format === "text" ? "" : "is-numeric"}>
                {t(`dashboards.columns.${column.key}` as "dashboards.columns.project", {
                  defaultValue: column.key,
                })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const drillable =
              drill !== undefined && row[drill.field] !== undefined && row[drill.field] !== null;
            return (
              <tr
                // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id of their own in every list
                key={index}
                className={drillable ? "is-drillable" : undefined}
                onClick={drillable && drill ? () => onDrill(drill, row) : undefined}
              >
                {columns.map((column, columnIndex) => {
                  const text = format(row[column.key], column.format);
                  const numeric = column.format !== "text";
                  if (columnIndex === 0) {
                    return (
                      <th key={column.key} scope="row" className={numeric ? "is-numeric" : ""}>
                        {drillable && drill ? (
                          <button
                            type="button"
                            className="widget-table__drill"
                            aria-label={actionName(row)}
                            onClick={(event) => {
                              event.stopPropagation();
                              onDrill(drill, row);
                            }}
                          >
                            {text}
                          </button>
                        ) : (
                          text
                        )}
                      </th>
                    );
                  }
                  return (
                    <td key={column.key} className={numeric ? "is-numeric" : ""}>
                      {text}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
