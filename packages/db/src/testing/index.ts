export {
  createFreshPostgresDatabase,
  dropPostgresDatabase,
  openTestDatabase,
  type TestDatabase,
} from "./test-database.ts";
