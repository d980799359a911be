export * from "./artifacts.ts";
export * from "./audit.ts";
export * from "./chat.ts";
export * from "./company.ts";
export * from "./extensions.ts";
export * from "./identity.ts";
export * from "./knowledge.ts";
export * from "./platform.ts";
export { appRole, currentTenantId, platformRole } from "./roles.ts";
