export { type BuildAppOptions, buildApp, type PennyApp } from "./build-app.ts";
export { type ErrorCode, type ErrorDefinition, errorCatalogue } from "./errors/error-catalogue.ts";
export { PennyError } from "./errors/penny-error.ts";
export { PROBLEM_CONTENT_TYPE, type ProblemDocument, problemResponses } from "./errors/problem-document.ts";
export { createLogger } from "./logger.ts";
