export { type DemoMember, type DemoTenant, demoTenants } from "./demo-tenants.ts";
export { type SeedDemoOptions, type SeedDemoResult, type SeedDemoTenant, seedDemo } from "./seed-demo.ts";
