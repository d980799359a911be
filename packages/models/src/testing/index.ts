export { startAnthropicTestDouble } from "./anthropic-test-double.ts";
export { type CollectedStream, collectStream } from "./collect-stream.ts";
export { startGeminiTestDouble } from "./gemini-test-double.ts";
export { startOpenAITestDouble } from "./openai-test-double.ts";
export type {
  RecordedRequest,
  ScenarioUsage,
  TestDoubleOptions,
  TestDoubleScenario,
  VendorTestDouble,
} from "./test-double-scenario.ts";
