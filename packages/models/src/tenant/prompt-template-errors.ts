/** A template id that names no template of the caller's tenant. */
export class PromptTemplateNotFoundError extends Error {
  override readonly name = "PromptTemplateNotFoundError";
  readonly code = "PENNY_NOT_FOUND";
  constructor() {
    super("No such prompt template.");
  }
}

/** Two templates of one tenant cannot share a name. */
export class PromptTemplateNameTakenError extends Error {
  override readonly name = "PromptTemplateNameTakenError";
  readonly code = "PENNY_CONFLICT";
  constructor(templateName: string) {
    super(`A prompt template named "${templateName}" already exists.`);
  }
}

/** A template whose body and variables disagree, or a render whose values do not fit the template. */
export class PromptTemplateInvalidError extends Error {
  override readonly name = "PromptTemplateInvalidError";
  readonly code = "PENNY_VALIDATION_FAILED";
  constructor(readonly problems: string[]) {
    super(problems.join(" "));
  }
}
