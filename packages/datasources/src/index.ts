// @penny/datasources: see docs/architecture.md.
export {};
