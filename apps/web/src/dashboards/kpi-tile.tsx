import { useTranslation } from "react-i18next";
import { useDashboardFormat } from "./use-dashboard-format.ts";
import type { KpiView } from "./widget-views.ts";

/** A small trend line of a figure, drawn as SVG (decorative: the figure and its change are said in words). */
function Sparkline({ values }: { values: number[] }) {
  if (values.length < 2) return null;
  const low = Math.min(...values);
  const high = Math.max(...values);
  const span = high - low || 1;
  const points = values
    .map((value, index) => {
      const x = (index / (values.length - 1)) * 100;
      const y = 26 - ((value - low) / span) * 24;
      return `${x.toFixed(2)},${y.toFixed(2)}`;
    })
    .join(" ");
  return (
    <svg className="kpi-tile__spark" viewBox="0 0 100 28" preserveAspectRatio="none" aria-hidden="true">
      <polyline points={points} fill="none" vectorEffect="non-scaling-stroke" />
    </svg>
  );
}

/** A headline figure: the value, its change against the period before (green when good news), a sparkline. */
export function KpiTile({ kpi }: { kpi: KpiView }) {
  const { t } = useTranslation();
  const { format, signedPercent } = useDashboardFormat();
  const label = t(`dashboards.kpi.${kpi.label}` as "dashboards.kpi.revenue", { defaultValue: kpi.label });
  const change = kpi.changePercent ?? null;
  const good = change === null || change === 0 ? null : change > 0 === (kpi.higherIsBetter ?? true);
  const tone = good === null ? "flat" : good ? "good" : "bad";
  const previous =
    kpi.previous === undefined
      ? null
      : kpi.previous === null
        ? t("dashboards.kpi.noPrevious")
        : t(kpi.previousLabel === "weekAgo" ? "dashboards.kpi.weekAgo" : "dashboards.kpi.previous", {
            value: format(kpi.previous, kpi.format),
          });
  return (
    <div className="kpi-tile">
      <span className="kpi-tile__label">{label}</span>
      <span className="kpi-tile__value" data-testid="kpi-value">
        {format(kpi.value, kpi.format)}
      </span>
      {(change !== null || previous) && (
        <span className={`kpi-tile__delta kpi-tile__delta--${tone}`}>
          {change !== null && (
            <>
              <span aria-hidden="true">{change > 0 ? "▲" : change < 0 ? "▼" : "•"} </span>
              {signedPercent(change)}
            </>
          )}
          {previous && <span className="kpi-tile__previous"> {previous}</span>}
        </span>
      )}
      {kpi.spark && <Sparkline values={kpi.spark} />}
    </div>
  );
}
