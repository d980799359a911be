/** The options handed to a model policy (fallback, selection) are invalid: a bug in the caller. */
export class ModelPolicyInvalidError extends Error {
  override readonly name = "ModelPolicyInvalidError";
  readonly code = "PENNY_MODEL_POLICY_INVALID";
  constructor(readonly problems: { path: string; message: string }[]) {
    super(
      `The model policy options are invalid: ${problems.map((problem) => `${problem.path} ${problem.message}`).join("; ")}`,
    );
  }
}
