// The export menu follows its job with the generic job hook.
export { type Job as ExportJob, useJob as useExportJob } from "../jobs/use-job.ts";
