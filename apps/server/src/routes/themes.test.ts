import { readFile } from "node:fs/promises";
import { schema } from "@penny/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ChatTestApp, openChatTestApp } from "../__fixtures__/chat-fixture.ts";
import type { FixtureUser } from "../__fixtures__/identity-fixture.ts";
import { contrastRatio } from "../tenant-theme/contrast.ts";

let testApp: ChatTestApp;

beforeAll(async () => {
  testApp = await openChatTestApp();
  await testApp.app.ready();
});
afterAll(() => testApp?.dispose());

async function call(user: FixtureUser, method: "GET" | "PUT" | "DELETE", url: string, payload?: object) {
  return testApp.app.inject({
    method,
    url,
    headers: await testApp.headersFor(user),
    ...(payload === undefined ? {} : { payload }),
  });
}

const auditOf = (tenantId: string) =>
  testApp.database.withTenant(tenantId, (tx) =>
    tx.select().from(schema.auditEvents).orderBy(schema.auditEvents.seq),
  );

/** A real 1×1 PNG (signature, IHDR, IDAT, IEND). */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

describe("contrast", () => {
  it("follows WCAG 2: black on white is 21:1, a colour on itself 1:1", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#2f6f5e", "#2f6f5e")).toBe(1);
    expect(contrastRatio("#ffffff", "#767676")).toBeGreaterThan(4.5);
    expect(contrastRatio("#ffffff", "#777777")).toBeLessThan(4.5);
  });
});

describe("tenant theme", () => {
  it("is Penny's own look until an admin sets one; members read it, only admins write it, audited", async () => {
    const { admin, manager, viewer, globexAdmin } = testApp.users;
    const initial = await call(viewer, "GET", "/v1/theme");
    expect(initial.statusCode, initial.body).toBe(200);
    expect(initial.json()).toEqual({ theme: { tokens: {}, logo: null } });

    const tokens = { accent: "#1D4ED8", accentText: "#ffffff", font: "serif", radius: 4 };
    const written = await call(admin, "PUT", "/v1/admin/theme", { tokens });
    expect(written.statusCode, written.body).toBe(200);
    const expected = { accent: "#1d4ed8", accentText: "#ffffff", font: "serif", radius: 4 };
    expect(written.json().theme.tokens).toEqual(expected);
    expect((await call(viewer, "GET", "/v1/theme")).json().theme.tokens).toEqual(expected);

    for (const user of [manager, viewer]) {
      const refused = await call(user, "PUT", "/v1/admin/theme", { tokens: { accent: "#000000" } });
      expect(refused.statusCode).toBe(403);
    }
    // Another tenant keeps its own (none).
    expect((await call(globexAdmin, "GET", "/v1/theme")).json().theme.tokens).toEqual({});

    const updates = (await auditOf(testApp.acme.id)).filter((event) => event.action === "theme.update");
    expect(updates).toHaveLength(1);
    expect(updates[0]?.data).toEqual({ tokens: expected });
  });

  it("accepts only allow-listed tokens with strict values, never CSS text", async () => {
    const { admin } = testApp.users;
    const cases: [object, RegExp][] = [
      [{ accent: "red" }, /accent: must be a colour written as #rrggbb/],
      [{ accent: "#12345" }, /accent/],
      [{ accent: "#fff;background:url(x)" }, /accent/],
      [{ font: "Comic Sans; } body { display:none" }, /font/],
      [{ radius: 400 }, /radius/],
      [{ radius: 2.5 }, /radius/],
      [{ "--bg": "#000000" }, /--bg|Unrecognized|unrecognized/],
    ];
    for (const [tokens, message] of cases) {
      const response = await call(admin, "PUT", "/v1/admin/theme", { tokens });
      expect(response.statusCode, JSON.stringify(tokens)).toBe(400);
      expect(response.json().detail).toMatch(message);
    }
    expect((await call(admin, "PUT", "/v1/admin/theme", {})).statusCode).toBe(400);
  });

  it("refuses an accent and text colour below 4.5:1 with a message saying why", async () => {
    const { admin, viewer } = testApp.users;
    const before = (await call(viewer, "GET", "/v1/theme")).json().theme.tokens;
    const low = await call(admin, "PUT", "/v1/admin/theme", {
      tokens: { accent: "#7fb0ff", accentText: "#ffffff" },
    });
    expect(low.statusCode).toBe(400);
    expect(low.json().detail).toMatch(/contrast of 2\.\d\d:1; it must be at least 4\.5:1/);
    // The accent alone is checked against Penny's default text colour (white).
    const lightAccent = await call(admin, "PUT", "/v1/admin/theme", { tokens: { accent: "#ffee00" } });
    expect(lightAccent.statusCode).toBe(400);
    expect((await call(viewer, "GET", "/v1/theme")).json().theme.tokens).toEqual(before);
    // Dark text on a yellow accent reads, but yellow links on a light page do not.
    const yellow = await call(admin, "PUT", "/v1/admin/theme", {
      tokens: { accent: "#ffee00", accentText: "#111111" },
    });
    expect(yellow.statusCode).toBe(400);
    expect(yellow.json().detail).toMatch(/colour of links on a light page.*Choose a darker accent/);
    const dark = await call(admin, "PUT", "/v1/admin/theme", { tokens: { accent: "#7a1f5c" } });
    expect(dark.statusCode, dark.body).toBe(200);
  });

  it("stores a PNG logo, serves it to members and not to other tenants, and removes it", async () => {
    const { admin, viewer, manager, globexAdmin } = testApp.users;
    const content = PNG.toString("base64");
    expect((await call(manager, "PUT", "/v1/admin/theme/logo", { content })).statusCode).toBe(403);
    const uploaded = await call(admin, "PUT", "/v1/admin/theme/logo", { content });
    expect(uploaded.statusCode, uploaded.body).toBe(200);
    const logo = uploaded.json().theme.logo;
    expect(logo.url).toMatch(/^\/v1\/theme\/logo\?v=[0-9a-f]{16}$/);

    const served = await call(viewer, "GET", logo.url);
    expect(served.statusCode).toBe(200);
    expect(served.headers["content-type"]).toBe("image/png");
    expect(served.headers["x-content-type-options"]).toBe("nosniff");
    expect(served.rawPayload.equals(PNG)).toBe(true);
    expect((await call(globexAdmin, "GET", "/v1/theme/logo")).statusCode).toBe(404);
    // The colours stay when the logo changes.
    expect((await call(viewer, "GET", "/v1/theme")).json().theme.tokens.accent).toBeDefined();

    const audit = (await auditOf(testApp.acme.id)).find((event) => event.action === "theme.logo.update");
    expect(audit?.data).toEqual({ mime: "image/png", size: PNG.byteLength, hash: logo.hash });

    // The sign-in page shows it to visitors who came by the tenant's address; unknown tenants look the same as none.
    const forSignIn = await testApp.app.inject({ method: "GET", url: "/v1/tenants/acme/logo" });
    expect(forSignIn.statusCode).toBe(200);
    expect(forSignIn.rawPayload.equals(PNG)).toBe(true);
    const globexLogo = await testApp.app.inject({ method: "GET", url: "/v1/tenants/globex/logo" });
    const noTenant = await testApp.app.inject({ method: "GET", url: "/v1/tenants/no-such-tenant/logo" });
    expect([globexLogo.statusCode, noTenant.statusCode]).toEqual([404, 404]);
    expect(globexLogo.json().detail).toBe(noTenant.json().detail);

    const removed = await call(admin, "DELETE", "/v1/admin/theme/logo");
    expect(removed.json().theme.logo).toBeNull();
    expect((await call(viewer, "GET", "/v1/theme/logo")).statusCode).toBe(404);
  });

  it("refuses SVG, other files, bad base64 and logos over the size cap", async () => {
    const { admin } = testApp.users;
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const refusedSvg = await call(admin, "PUT", "/v1/admin/theme/logo", { content: svg.toString("base64") });
    expect(refusedSvg.statusCode).toBe(415);
    expect(refusedSvg.json().detail).toMatch(/PNG, JPEG or WebP.*SVG/);
    const favicon = await readFile(new URL("../../../web/src/app/favicon.svg", import.meta.url));
    expect(
      (await call(admin, "PUT", "/v1/admin/theme/logo", { content: favicon.toString("base64") })).statusCode,
    ).toBe(415);
    expect((await call(admin, "PUT", "/v1/admin/theme/logo", { content: "not base64!" })).statusCode).toBe(
      400,
    );
    const big = Buffer.concat([PNG, Buffer.alloc(300 * 1024)]);
    const tooBig = await call(admin, "PUT", "/v1/admin/theme/logo", { content: big.toString("base64") });
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().detail).toMatch(/at most 256 KB/);
    // WebP and JPEG pass on their magic bytes.
    const webp = Buffer.concat([
      Buffer.from("RIFF"),
      Buffer.alloc(4),
      Buffer.from("WEBPVP8 "),
      Buffer.alloc(16),
    ]);
    expect(
      (await call(admin, "PUT", "/v1/admin/theme/logo", { content: webp.toString("base64") })).statusCode,
    ).toBe(200);
    const served = await call(admin, "GET", "/v1/theme/logo");
    expect(served.headers["content-type"]).toBe("image/webp");
  });

  it("resets to Penny's look, audited", async () => {
    const { admin, viewer } = testApp.users;
    await call(admin, "PUT", "/v1/admin/theme", { tokens: { radius: 12 } });
    const reset = await call(admin, "DELETE", "/v1/admin/theme");
    expect(reset.statusCode, reset.body).toBe(200);
    expect((await call(viewer, "GET", "/v1/theme")).json()).toEqual({ theme: { tokens: {}, logo: null } });
    const actions = (await auditOf(testApp.acme.id)).map((event) => event.action);
    expect(actions).toContain("theme.reset");
  });
});
