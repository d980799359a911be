import { tenantInstructions } from "../engine/prompt-sections/tenant-instructions.ts";
import { composeSystemPrompt } from "../engine/system-prompt.ts";
import type { EngineOptions } from "../plugins/engine.ts";
import { type ChatTestApp, openChatTestApp } from "./chat-fixture.ts";

/**
 * A chat test app whose system prompt is the tenant's instructions alone, so the prompt and privacy tests see
 * exactly what that section adds (no recalled memory, no preset).
 */
export async function openPromptPolicyApp(options: { engine?: EngineOptions } = {}): Promise<ChatTestApp> {
  const testApp = await openChatTestApp(options);
  await testApp.app.ready();
  testApp.app.chat.engine.systemPrompt = composeSystemPrompt([tenantInstructions]);
  return testApp;
}
