import { ToolError } from "./tool-error.ts";

/** One rule the arguments broke: where (a JSON pointer, `/` for the whole object) and what the rule wants. */
export interface ArgumentProblem {
  path: string;
  message: string;
}

/** Problems named in the message; the rest are counted, so one bad 5,000-row array does not make a huge message. */
const PROBLEMS_IN_MESSAGE = 5;

/** The arguments do not match the tool's input schema; the message names each path and rule. */
export class ToolArgumentsError extends ToolError {
  override readonly name = "ToolArgumentsError";
  override readonly code = "PENNY_TOOL_ARGUMENTS_INVALID";
  constructor(
    toolName: string,
    readonly problems: readonly ArgumentProblem[],
  ) {
    const named = problems
      .slice(0, PROBLEMS_IN_MESSAGE)
      .map((problem) => `${problem.path} ${problem.message}`);
    const more = problems.length - named.length;
    super(toolName, more > 0 ? `${named.join("; ")}; and ${more} more` : named.join("; "));
  }
}
