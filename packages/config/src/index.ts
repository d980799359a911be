export { ConfigError, type ConfigProblem } from "./config-error.ts";
export { decodeMasterKey, type Environment, environmentSchema } from "./config-schema.ts";
export { type Config, loadConfig } from "./load-config.ts";
export { ensureMasterKey } from "./master-key.ts";
