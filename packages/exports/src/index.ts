// @penny/exports: see docs/architecture.md.
export {};
