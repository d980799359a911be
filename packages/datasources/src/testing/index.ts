export {
  createSamplePostgres,
  LOCAL_POSTGRES,
  type SamplePostgres,
} from "../__fixtures__/sample-postgres.ts";
