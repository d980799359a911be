import { defineWidget } from "../../widget.ts";
import { loadProjectTimeline } from "./load-project-timeline.ts";
import { projectTimelineCharts } from "./project-timeline-charts.ts";
import { projectTimelineData } from "./project-timeline-data.ts";

/** Each project's milestones (planned, in progress, done, late) with due dates, for a Gantt-like view. */
export const projectTimelineWidget = defineWidget({
  kind: "project-timeline",
  title: "Project timeline",
  description:
    "Each project's milestones due from the start of the period to 90 days ahead, plus every overdue one: " +
    "planned, in progress, done or late as of today, with due and completion dates.",
  defaultPosition: { x: 0, y: 0, w: 12, h: 6 },
  dataSchema: projectTimelineData,
  load: loadProjectTimeline,
  chart: projectTimelineCharts,
  drillDown: [
    {
      field: "projectId",
      label: "A project's row narrows the dashboard to that project",
      target: { kind: "filter", filter: "projectId" },
    },
    {
      field: "status",
      label: "A status lists the milestones that have it",
      target: { kind: "detail", rows: "milestones", matchOn: "status" },
    },
  ],
});
