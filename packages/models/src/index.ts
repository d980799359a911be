export * from "./builtin/index.ts";
export * from "./cache/index.ts";
export * from "./policy/index.ts";
export * from "./privacy/index.ts";
export * from "./providers/index.ts";
export * from "./tenant/index.ts";
