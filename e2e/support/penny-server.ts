import type { AddressInfo } from "node:net";
import { type ChatTestApp, openChatTestApp } from "../../apps/server/src/__fixtures__/chat-fixture.ts";

/** The real Penny app (PGlite or DATABASE_URL, demo tenants seeded, fixed "today") listening on a free port. */
export interface PennyServer {
  testApp: ChatTestApp;
  baseUrl: string;
  close(): Promise<void>;
}

/** Starts Penny in this process on port 0 of 127.0.0.1. */
export async function startPennyServer(): Promise<PennyServer> {
  const testApp = await openChatTestApp();
  await testApp.app.listen({ host: "127.0.0.1", port: 0 });
  const { port } = testApp.app.server.address() as AddressInfo;
  return { testApp, baseUrl: `http://127.0.0.1:${port}`, close: () => testApp.dispose() };
}
