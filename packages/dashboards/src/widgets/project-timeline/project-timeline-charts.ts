import { schema } from "@penny/db";
import { VEGA_LITE_SCHEMA, type VegaLiteSpec } from "../../vega-lite-spec.ts";
import type { ProjectTimelineData } from "./project-timeline-data.ts";

const statusColors = {
  domain: [...schema.milestoneStatuses],
  range: ["#95a5a6", "#3498db", "#27ae60", "#c0392b"],
};

/**
 * A Gantt-like timeline: one row per project, a dot on each milestone's due date coloured by status and a bar from
 * the due date to completion (or to today while late); a rule marks today. Then milestone counts per project.
 */
export function projectTimelineCharts(data: ProjectTimelineData): VegaLiteSpec[] {
  return [
    {
      $schema: VEGA_LITE_SCHEMA,
      title: "Milestones",
      width: "container",
      layer: [
        {
          data: { values: data.milestones },
          transform: [
            {
              calculate: `datum.completedOn ? datum.completedOn : (datum.status === 'late' ? '${data.today}' : datum.dueOn)`,
              as: "endOn",
            },
          ],
          layer: [
            {
              mark: { type: "rule", strokeWidth: 3, opacity: 0.5 },
              encoding: {
                y: { field: "project", type: "nominal", title: null },
                x: { field: "dueOn", type: "temporal", title: null },
                x2: { field: "endOn" },
                color: { field: "status", type: "nominal", scale: statusColors, title: "Status" },
              },
            },
            {
              mark: { type: "point", filled: true, size: 60, tooltip: true },
              params: [{ name: "drillDown", select: { type: "point", fields: ["projectId"] } }],
              encoding: {
                y: { field: "project", type: "nominal", title: null },
                x: { field: "dueOn", type: "temporal", title: null },
                color: { field: "status", type: "nominal", scale: statusColors, title: "Status" },
                tooltip: [
                  { field: "project", type: "nominal", title: "Project" },
                  { field: "name", type: "nominal", title: "Milestone" },
                  { field: "dueOn", type: "temporal", title: "Due" },
                  { field: "completedOn", type: "temporal", title: "Done" },
                  { field: "daysLate", type: "quantitative", title: "Days late" },
                ],
              },
            },
          ],
        },
        {
          data: { values: [{ today: data.today }] },
          // A mid grey reads on the light and the dark theme alike.
          mark: { type: "rule", strokeDash: [4, 4], color: "#8a8f8d" },
          encoding: { x: { field: "today", type: "temporal" } },
        },
      ],
    },
    {
      $schema: VEGA_LITE_SCHEMA,
      title: "Milestones per project",
      width: "container",
      data: { values: data.byProject },
      transform: [
        { fold: ["planned", "inProgress", "done", "late"], as: ["status", "milestones"] },
        { calculate: "datum.status === 'inProgress' ? 'in_progress' : datum.status", as: "status" },
      ],
      params: [{ name: "drillDown", select: { type: "point", fields: ["projectId"] } }],
      mark: { type: "bar", tooltip: true },
      encoding: {
        y: { field: "project", type: "nominal", title: null },
        x: { field: "milestones", type: "quantitative", title: "Milestones", stack: "zero" },
        color: { field: "status", type: "nominal", scale: statusColors, title: "Status" },
      },
    },
  ];
}
