import { createHash } from "node:crypto";
import { schema } from "@penny/db";
import { and, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ChatTestApp, openChatTestApp } from "../__fixtures__/chat-fixture.ts";

let testApp: ChatTestApp;
let conversationId: string;
let chartId: string;
let tableId: string;

const chartSpec = {
  $schema: "https://vega.github.io/schema/vega-lite/v5.json",
  data: {
    values: [
      { stage: "lead", deals: 40 },
      { stage: "won", deals: 7 },
    ],
  },
  mark: "bar",
  encoding: { x: { field: "stage", type: "nominal" }, y: { field: "deals", type: "quantitative" } },
};

type User = keyof ChatTestApp["users"];

async function as(user: User, method: "GET" | "POST", url: string, payload?: object) {
  return testApp.app.inject({
    method,
    url,
    headers: await testApp.headersFor(testApp.users[user]),
    ...(payload === undefined ? {} : { payload }),
  });
}

/** Follows the job's SSE stream, which ends once the job has finished, and returns its last state. */
async function finishedJob(user: User, jobId: string) {
  const events = await as(user, "GET", `/v1/jobs/${jobId}/events`);
  const states = events.body
    .split("\n")
    .filter((line) => line.startsWith("data: "))
    .map((line) => JSON.parse(line.slice("data: ".length)));
  return states.at(-1) as {
    status: string;
    error: string | null;
    progress: unknown;
    result: Record<string, unknown>;
  };
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

beforeAll(async () => {
  testApp = await openChatTestApp();
  await testApp.app.ready();
  const created = await as("creator", "POST", "/v1/conversations", { title: "Pipeline review" });
  conversationId = created.json().conversation.id;
  const chart = await as("creator", "POST", "/v1/artifacts", {
    kind: "chart",
    title: "Deals by stage",
    mime: "application/vnd.vegalite+json",
    content: JSON.stringify(chartSpec),
    conversationId,
  });
  chartId = chart.json().artifact.id;
  const table = await as("creator", "POST", "/v1/artifacts", {
    kind: "table",
    title: "Deals",
    mime: "text/csv",
    content: "stage,deals\nlead,40\nwon,7\n",
    conversationId,
  });
  tableId = table.json().artifact.id;
  // The messages as a run stores them: a question, then an answer announcing both artifacts.
  await testApp.database.withTenant(testApp.acme.id, async (tx) => {
    const [question] = await tx
      .insert(schema.messages)
      .values({
        tenantId: testApp.acme.id,
        conversationId,
        role: "user",
        parts: [{ type: "text", text: "How is the pipeline?" }],
        authorId: testApp.users.creator.id,
      })
      .returning();
    await tx.insert(schema.messages).values({
      tenantId: testApp.acme.id,
      conversationId,
      parentId: question?.id,
      role: "assistant",
      model: "builtin",
      parts: [
        { type: "text", text: "Forty leads, seven won." },
        {
          type: "data-artifact",
          id: `${chartId}@1`,
          data: { id: chartId, version: 1, kind: "chart", title: "Deals by stage" },
        },
        {
          type: "data-artifact",
          id: `${tableId}@1`,
          data: { id: tableId, version: 1, kind: "table", title: "Deals" },
        },
      ],
    });
  });
});
afterAll(() => testApp?.dispose());

describe("exports over HTTP", () => {
  it("exports a conversation as a zip whose manifest hashes match, audited with the manifest's hash", async () => {
    const started = await as("creator", "POST", `/v1/conversations/${conversationId}/exports`, {
      format: "zip",
    });
    expect(started.statusCode, started.body).toBe(202);
    const { jobId, downloadUrl } = started.json();
    expect(downloadUrl).toBe(`/v1/exports/${jobId}/download`);
    const job = await finishedJob("creator", jobId);
    expect(job.status, job.error ?? "").toBe("succeeded");
    expect(job.result).toMatchObject({ filename: "pipeline-review.zip", mime: "application/zip" });

    const download = await as("creator", "GET", downloadUrl);
    expect(download.statusCode).toBe(200);
    expect(download.headers["content-disposition"]).toBe(
      `attachment; filename="pipeline-review.zip"; filename*=UTF-8''pipeline-review.zip`,
    );
    const files = unzipSync(new Uint8Array(download.rawPayload));
    const manifest = JSON.parse(new TextDecoder().decode(files["manifest.json"]));
    expect(manifest.files.map((file: { path: string }) => file.path).sort()).toEqual([
      "artifacts/deals-by-stage-v1.png",
      "artifacts/deals-by-stage-v1.svg",
      "artifacts/deals-by-stage-v1.vl.json",
      "artifacts/deals-v1.csv",
      "conversation.json",
      "conversation.md",
    ]);
    for (const file of manifest.files)
      expect(sha256(files[file.path] as Uint8Array), file.path).toBe(file.sha256);
    expect(new TextDecoder().decode(files["conversation.md"])).toContain("Forty leads, seven won.");

    const [audit] = await testApp.database.withTenant(testApp.acme.id, (tx) =>
      tx
        .select({ data: schema.auditEvents.data })
        .from(schema.auditEvents)
        .where(
          and(
            eq(schema.auditEvents.action, "export.download"),
            eq(schema.auditEvents.target, `job:${jobId}`),
          ),
        ),
    );
    expect(audit?.data.manifestSha256).toBe(sha256(files["manifest.json"] as Uint8Array));
  });

  it("exports a PDF and an artifact as XLSX; a tenant admin may download, other people get 404", async () => {
    const pdf = await as("creator", "POST", `/v1/conversations/${conversationId}/exports`, {
      format: "pdf",
      branches: "all",
    });
    const pdfJob = await finishedJob("creator", pdf.json().jobId);
    expect(pdfJob.status, pdfJob.error ?? "").toBe("succeeded");
    const pdfFile = await as("admin", "GET", `/v1/exports/${pdf.json().jobId}/download`);
    expect(pdfFile.statusCode).toBe(200);
    expect(pdfFile.headers["content-type"]).toBe("application/pdf");
    expect(pdfFile.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    expect((await as("viewer", "GET", `/v1/exports/${pdf.json().jobId}/download`)).statusCode).toBe(404);
    expect((await as("globexAdmin", "GET", `/v1/exports/${pdf.json().jobId}/download`)).statusCode).toBe(404);

    const xlsx = await as("creator", "POST", `/v1/artifacts/${tableId}/exports`, { format: "xlsx" });
    expect(xlsx.statusCode, xlsx.body).toBe(202);
    expect((await finishedJob("creator", xlsx.json().jobId)).status).toBe("succeeded");
    const workbookFile = await as("creator", "GET", `/v1/exports/${xlsx.json().jobId}/download`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(workbookFile.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]?.getCell("B2").value).toBe(40);
  });

  it("answers 404 to people who cannot read the conversation or artifact, 400 to a bad format", async () => {
    for (const user of ["viewer", "globexAdmin"] as const) {
      const conversation = await as(user, "POST", `/v1/conversations/${conversationId}/exports`, {
        format: "pdf",
      });
      expect(conversation.statusCode, user).toBe(404);
      expect(conversation.json().code).toBe("PENNY_CONVERSATION_NOT_FOUND");
      const artifact = await as(user, "POST", `/v1/artifacts/${chartId}/exports`, { format: "png" });
      expect(artifact.statusCode, user).toBe(404);
    }
    const badFormat = await as("creator", "POST", `/v1/conversations/${conversationId}/exports`, {
      format: "docx",
    });
    expect(badFormat.statusCode).toBe(400);
    expect(badFormat.json().code).toBe("PENNY_VALIDATION_FAILED");
    const wrongKind = await as("creator", "POST", `/v1/artifacts/${chartId}/exports`, { format: "xlsx" });
    expect(wrongKind.statusCode).toBe(400);
    expect(wrongKind.json().detail).toBe(
      "A chart artifact cannot be exported as xlsx; choose one of: svg, png, native.",
    );
    const unknownJob = await as(
      "creator",
      "GET",
      "/v1/exports/00000000-0000-4000-8000-000000000000/download",
    );
    expect(unknownJob.statusCode).toBe(404);
    expect(unknownJob.json().code).toBe("PENNY_EXPORT_NOT_FOUND");
  });
});
