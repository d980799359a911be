export { type CatalogueColumn, type CatalogueForeignKey, readCatalogue } from "./catalogue.ts";
export { buildIsolationFixture, type IsolationFixture, insertRow, type Row } from "./isolation-fixture.ts";
export {
  createFreshPostgresDatabase,
  dropPostgresDatabase,
  openTestDatabase,
  type TestDatabase,
} from "./test-database.ts";
