/** One invalid field named by the API (`body.email`) with what is wrong with it. */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * A failed API call. `code` is the catalogue code (`PENNY_LOGIN_FAILED`) the UI translates where it knows it;
 * `message` is the problem document's detail, in words, shown otherwise. Status 0 means the server was not reached.
 */
export class ApiError extends Error {
  override readonly name = "ApiError";
  readonly status: number;
  readonly code: string;
  readonly fields: FieldProblem[];

  constructor(input: { status: number; code: string; message: string; fields?: FieldProblem[] }) {
    super(input.message);
    this.status = input.status;
    this.code = input.code;
    this.fields = input.fields ?? [];
  }
}

/** The code a network failure gets, so the UI can say "cannot reach Penny" in the person's language. */
export const NETWORK_ERROR_CODE = "NETWORK";

interface ProblemDocument {
  title?: string;
  detail?: string;
  code?: string;
  errors?: FieldProblem[];
}

/** Reads an RFC 9457 problem document (or whatever came back) into an ApiError. */
export async function apiErrorFrom(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => "");
  let problem: ProblemDocument = {};
  try {
    problem = JSON.parse(text) as ProblemDocument;
  } catch {
    // Not JSON (a proxy's HTML page): keep the status line.
  }
  return new ApiError({
    status: response.status,
    code: problem.code ?? `HTTP_${response.status}`,
    message: problem.detail ?? problem.title ?? (response.statusText || `HTTP ${response.status}`),
    fields: problem.errors,
  });
}
