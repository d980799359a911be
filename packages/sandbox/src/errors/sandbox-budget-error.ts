import { SandboxError } from "./sandbox-error.ts";

/** The tenant used its sandbox time for the day (UTC). */
export class SandboxBudgetError extends SandboxError {
  override name = "SandboxBudgetError";
  constructor(
    readonly usedMs: number,
    readonly budgetMs: number,
  ) {
    super(
      "sandbox:budget",
      `The daily Python sandbox time budget is used up (${Math.round(usedMs / 1000)} s of ${Math.round(budgetMs / 1000)} s today, UTC). Try again tomorrow or ask an admin to raise it.`,
    );
  }
}
