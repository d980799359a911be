import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ChatTestApp, openChatTestApp } from "../__fixtures__/chat-fixture.ts";
import { PREVIEW_CSP } from "./artifacts.ts";

let testApp: ChatTestApp;

const chartSpec = {
  $schema: "https://vega.github.io/schema/vega-lite/v5.json",
  title: "Deals by stage",
  data: {
    values: [
      { stage: "lead", deals: 40 },
      { stage: "won", deals: 7 },
    ],
  },
  mark: "bar",
  encoding: { x: { field: "stage", type: "nominal" }, y: { field: "deals", type: "quantitative" } },
};

beforeAll(async () => {
  testApp = await openChatTestApp();
  await testApp.app.ready();
});
afterAll(() => testApp?.dispose());

async function as(
  user: keyof ChatTestApp["users"],
  method: "GET" | "POST" | "DELETE",
  url: string,
  payload?: unknown,
) {
  return testApp.app.inject({
    method,
    url,
    headers: await testApp.headersFor(testApp.users[user]),
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

describe("artifacts over HTTP", () => {
  it("create, version, read content, render a chart to SVG and PNG, sign a URL, share and revoke", async () => {
    const created = await as("creator", "POST", "/v1/artifacts", {
      kind: "chart",
      title: "Deals by stage",
      mime: "application/vnd.vegalite+json",
      content: JSON.stringify(chartSpec),
    });
    expect(created.statusCode, created.body).toBe(201);
    const artifact = created.json().artifact as { id: string; version: number; contentHash: string };
    expect(artifact.version).toBe(1);

    const edited = await as("creator", "POST", `/v1/artifacts/${artifact.id}/versions`, {
      mime: "application/vnd.vegalite+json",
      content: JSON.stringify({ ...chartSpec, mark: "line" }),
    });
    expect(edited.statusCode, edited.body).toBe(201);
    expect(edited.json().artifact.version).toBe(2);
    expect(edited.json().artifact.lineage.parents).toEqual([artifact.id]);
    // Who saved each version is part of its lineage (the panel's history says "you" or a tool).
    expect(created.json().artifact.lineage.createdBy).toBe(testApp.users.creator.id);
    expect(edited.json().artifact.lineage.createdBy).toBe(testApp.users.creator.id);
    const versions = (await as("creator", "GET", `/v1/artifacts/${artifact.id}/versions`)).json()
      .versions as {
      version: number;
    }[];
    expect(versions.map((version) => version.version)).toEqual([1, 2]);

    const v1 = await as("creator", "GET", `/v1/artifacts/${artifact.id}/content?version=1`);
    expect(v1.statusCode).toBe(200);
    expect(JSON.parse(v1.body).mark).toBe("bar");
    expect(v1.headers.etag).toBe(`"${artifact.contentHash}"`);

    const svg = await as("creator", "GET", `/v1/artifacts/${artifact.id}/render?format=svg&version=1`);
    expect(svg.statusCode).toBe(200);
    expect(svg.headers["content-type"]).toMatch(/image\/svg\+xml/);
    expect(svg.body).toContain("<svg");
    expect(svg.body).toContain("Deals by stage");
    const png = await as("creator", "GET", `/v1/artifacts/${artifact.id}/render?format=png`);
    expect(png.rawPayload.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );

    const signed = await as("creator", "POST", `/v1/artifacts/${artifact.id}/content-url`, { version: 2 });
    expect(signed.statusCode, signed.body).toBe(200);
    const url = signed.json().url as string;
    const anonymous = await testApp.app.inject({ method: "GET", url });
    expect(anonymous.statusCode).toBe(200);
    expect(JSON.parse(anonymous.body).mark).toBe("line");
    const tampered = await testApp.app.inject({
      method: "GET",
      // The fifth character from the end carries only signature bits (the last one has two spare bits).
      url: url.replace(/.(?=.{4}$)/, (c) => (c === "A" ? "B" : "A")),
    });
    expect(tampered.statusCode).toBe(403);

    const shared = await as("creator", "POST", `/v1/artifacts/${artifact.id}/shares`, { scope: "public" });
    expect(shared.statusCode, shared.body).toBe(201);
    const shareUrl = shared.json().url as string;
    expect((await testApp.app.inject({ method: "GET", url: shareUrl })).statusCode).toBe(200);
    const tenantShare = await as("creator", "POST", `/v1/artifacts/${artifact.id}/shares`, {
      scope: "tenant",
    });
    const tenantUrl = tenantShare.json().url as string;
    expect((await testApp.app.inject({ method: "GET", url: tenantUrl })).statusCode).toBe(404);
    expect((await as("viewer", "GET", tenantUrl)).statusCode).toBe(200);
    expect((await as("globexAdmin", "GET", tenantUrl)).statusCode).toBe(404);
    const revoked = await as("creator", "DELETE", `/v1/artifacts/${artifact.id}/shares/${shared.json().id}`);
    expect(revoked.statusCode).toBe(204);
    expect((await testApp.app.inject({ method: "GET", url: shareUrl })).statusCode).toBe(404);
    const shares = (await as("creator", "GET", `/v1/artifacts/${artifact.id}/shares`)).json().shares as {
      status: string;
    }[];
    expect(shares.map((share) => share.status).sort()).toEqual(["active", "revoked"]);
  });

  it("refuses content that is not what its kind says, and keeps other tenants' and people's artifacts hidden", async () => {
    const bad = await as("creator", "POST", "/v1/artifacts", {
      kind: "chart",
      title: "Broken",
      mime: "application/vnd.vegalite+json",
      content: JSON.stringify({ mark: "bar", encoding: { x: { field: "a", type: "wrong" } } }),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe("PENNY_ARTIFACT_CONTENT_INVALID");
    const wrongMime = await as("creator", "POST", "/v1/artifacts", {
      kind: "table",
      title: "Table",
      mime: "image/png",
      content: "a,b\n1,2\n",
    });
    expect(wrongMime.statusCode).toBe(415);
    const badBase64 = await as("creator", "POST", "/v1/artifacts", {
      kind: "image",
      title: "Image",
      mime: "image/png",
      content: "***",
      encoding: "base64",
    });
    expect(badBase64.statusCode).toBe(400);

    // An artifact made in a person's conversation is theirs alone; another tenant sees nothing.
    const conversation = (await as("creator", "POST", "/v1/conversations", {})).json().conversation as {
      id: string;
    };
    const mine = await as("creator", "POST", "/v1/artifacts", {
      kind: "markdown",
      title: "Notes",
      mime: "text/markdown",
      content: "# Notes",
      conversationId: conversation.id,
    });
    expect(mine.statusCode, mine.body).toBe(201);
    const id = mine.json().artifact.id as string;
    expect((await as("creator", "GET", `/v1/artifacts/${id}`)).statusCode).toBe(200);
    expect((await as("manager", "GET", `/v1/artifacts/${id}`)).statusCode).toBe(404);
    expect((await as("globexAdmin", "GET", `/v1/artifacts/${id}/content`)).statusCode).toBe(404);
    const managerList = (await as("manager", "GET", "/v1/artifacts")).json().artifacts as { id: string }[];
    expect(managerList.map((artifact) => artifact.id)).not.toContain(id);
    // A viewer may read but not create.
    const viewerCreate = await as("viewer", "POST", "/v1/artifacts", {
      kind: "markdown",
      title: "x",
      mime: "text/markdown",
      content: "x",
    });
    expect(viewerCreate.statusCode).toBe(403);
  });
  it("previews HTML and SVG inline only under a sandboxing CSP, and nothing else", async () => {
    const report = await as("creator", "POST", "/v1/artifacts", {
      kind: "document",
      title: "Report",
      mime: "text/html",
      content: "<!doctype html><h1>Quarterly report</h1><script>parent.document.title = 'owned'</script>",
    });
    expect(report.statusCode, report.body).toBe(201);
    const id = report.json().artifact.id as string;

    const preview = await as("creator", "GET", `/v1/artifacts/${id}/preview?version=1`);
    expect(preview.statusCode).toBe(200);
    expect(preview.headers["content-type"]).toMatch(/^text\/html/);
    expect(preview.headers["content-disposition"]).toBe("inline");
    expect(preview.headers["x-content-type-options"]).toBe("nosniff");
    expect(preview.headers["content-security-policy"]).toBe(
      "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'",
    );
    expect(PREVIEW_CSP).not.toMatch(/allow-scripts|allow-same-origin|script-src/);
    expect(preview.body).toContain("<h1>Quarterly report</h1>");
    // The plain content route still hands the same markup out only as a sandboxed download.
    const content = await as("creator", "GET", `/v1/artifacts/${id}/content`);
    expect(content.headers["content-disposition"]).toBe("attachment");
    expect(content.headers["content-security-policy"]).toBe("sandbox; default-src 'none'");

    const svg = await as("creator", "POST", "/v1/artifacts", {
      kind: "image",
      title: "Logo",
      mime: "image/svg+xml",
      content:
        '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4"/></svg>',
    });
    const svgPreview = await as("creator", "GET", `/v1/artifacts/${svg.json().artifact.id}/preview`);
    expect(svgPreview.statusCode).toBe(200);
    expect(svgPreview.headers["content-type"]).toMatch(/^image\/svg\+xml/);
    expect(svgPreview.headers["content-security-policy"]).toBe(PREVIEW_CSP);

    const notes = await as("creator", "POST", "/v1/artifacts", {
      kind: "markdown",
      title: "Notes",
      mime: "text/markdown",
      content: "# Notes",
    });
    const refused = await as("creator", "GET", `/v1/artifacts/${notes.json().artifact.id}/preview`);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().detail).toMatch(/Only HTML and SVG/);
    expect((await as("globexAdmin", "GET", `/v1/artifacts/${id}/preview`)).statusCode).toBe(404);
    expect((await testApp.app.inject({ method: "GET", url: `/v1/artifacts/${id}/preview` })).statusCode).toBe(
      401,
    );
  });
});
