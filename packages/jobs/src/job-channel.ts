/** The bus channel a job's changes are published on (any process may watch any job). */
export function jobChannel(tenantId: string, jobId: string): string {
  return `job:${tenantId}:${jobId}`;
}
