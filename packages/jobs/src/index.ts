export { JobCancelledError } from "./errors/job-cancelled-error.ts";
export { JobKindUnknownError } from "./errors/job-kind-unknown-error.ts";
export { JobNotFoundError } from "./errors/job-not-found-error.ts";
export { jobChannel } from "./job-channel.ts";
export type { JobContext, JobHandler, JobProgress } from "./job-handler.ts";
export {
  createJobRunner,
  type EnqueueRequest,
  type JobRunner,
  type JobRunnerOptions,
  messageForPeople,
} from "./job-runner.ts";
export { isFinished, type JobView, toJobView } from "./job-view.ts";
