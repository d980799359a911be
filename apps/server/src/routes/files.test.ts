import { readFile } from "node:fs/promises";
import path from "node:path";
import { schema } from "@penny/db";
import { eq } from "drizzle-orm";
import { zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ChatTestApp, chunksOf, openChatTestApp } from "../__fixtures__/chat-fixture.ts";

/**
 * Knowledge through HTTP on the embedded defaults: upload (type from content, limits, zip bombs), ingestion as a job,
 * access, and an answer from the built-in model that searches the attached file and cites the right page.
 */

const fixtures = path.join(
  import.meta.dirname,
  "..",
  "..",
  "..",
  "..",
  "packages",
  "knowledge",
  "src",
  "__fixtures__",
);
let testApp: ChatTestApp;
let manual: Buffer;

beforeAll(async () => {
  testApp = await openChatTestApp();
  await testApp.app.ready();
  manual = await readFile(path.join(fixtures, "federal-register-2020-17221.pdf"));
});
afterAll(async () => {
  await testApp?.dispose();
});

type Person = ChatTestApp["users"][keyof ChatTestApp["users"]];

/** A multipart/form-data body with one `file` part, as a browser sends it. */
function multipart(filename: string, bytes: Uint8Array, type = "application/octet-stream") {
  const boundary = `----penny${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, Buffer.from(bytes), tail]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

async function upload(person: Person, filename: string, bytes: Uint8Array, query = "") {
  const body = multipart(filename, bytes);
  const response = await testApp.app.inject({
    method: "POST",
    url: `/v1/files${query}`,
    headers: { ...(await testApp.headersFor(person)), "content-type": body.contentType },
    payload: body.payload,
  });
  return response;
}

async function get(person: Person, url: string) {
  return testApp.app.inject({ method: "GET", url, headers: await testApp.headersFor(person) });
}

async function chunkCount(documentId: string) {
  const rows = await testApp.database.withTenant(testApp.acme.id, (tx) =>
    tx.select({ id: schema.chunks.id }).from(schema.chunks).where(eq(schema.chunks.documentId, documentId)),
  );
  return rows.length;
}

describe("files over HTTP", () => {
  let fileId: string;

  it("uploads a PDF, ingests it as a job and shows it ready with its pages; the same bytes again are not stored twice", async () => {
    const response = await upload(testApp.users.creator, "faa-737-max.pdf", manual);
    expect(response.statusCode, response.body).toBe(202);
    const body = response.json();
    expect(body).toMatchObject({
      duplicate: false,
      file: { name: "faa-737-max.pdf", mime: "application/pdf" },
    });
    fileId = body.file.id;
    expect(body.jobId).toMatch(/^[0-9a-f-]{36}$/);
    await testApp.app.jobs.idle();
    const job = await get(testApp.users.creator, `/v1/jobs/${body.jobId}`);
    expect(job.json()).toMatchObject({ status: "succeeded", progress: { phase: "done" } });
    const file = await get(testApp.users.creator, `/v1/files/${fileId}`);
    expect(file.json()).toMatchObject({ status: "ready", pages: 15, language: "en", error: null });
    const again = await upload(testApp.users.creator, "copy.pdf", manual);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ duplicate: true, jobId: null, file: { id: fileId } });
    const content = await get(testApp.users.creator, `/v1/files/${fileId}/content`);
    expect(content.headers["content-type"]).toBe("application/pdf");
    expect(content.rawPayload.equals(manual)).toBe(true);
  });

  it("keeps a file outside collections to its uploader: another member and another tenant get 404", async () => {
    expect((await get(testApp.users.viewer, `/v1/files/${fileId}`)).statusCode).toBe(404);
    expect((await get(testApp.users.globexAdmin, `/v1/files/${fileId}`)).statusCode).toBe(404);
    const listed = (await get(testApp.users.viewer, "/v1/files")).json().files as { id: string }[];
    expect(listed.map((file) => file.id)).not.toContain(fileId);
    expect((await get(testApp.users.admin, `/v1/files/${fileId}`)).statusCode).toBe(200);
  });

  it("answers from an attached file with the built-in model, citing the right page", async () => {
    const headers = await testApp.headersFor(testApp.users.creator);
    const created = await testApp.app.inject({
      method: "POST",
      url: "/v1/conversations",
      headers,
      payload: {},
    });
    const conversationId = created.json().conversation.id as string;
    const response = await testApp.app.inject({
      method: "POST",
      url: `/v1/chat/${conversationId}/messages`,
      headers,
      payload: {
        content: "How many work-hours does the AOA sensor system test take?",
        knowledge: { fileIds: [fileId] },
      },
    });
    expect(response.statusCode, response.body).toBe(200);
    const chunks = chunksOf(response.body).map((entry) => entry.chunk);
    const call = chunks.find((chunk) => chunk.type === "tool-input-available") as
      | { toolName: string }
      | undefined;
    expect(call?.toolName).toBe("search_documents");
    const output = chunks.find((chunk) => chunk.type === "tool-output-available") as
      | { output: { data?: { passages: { n: number; page: number; documentId: string }[] } } }
      | undefined;
    const passages =
      output?.output.data?.passages ?? (output?.output as unknown as { passages: never[] })?.passages;
    expect(passages?.[0]).toMatchObject({ n: 1, page: 6, documentId: fileId });
    // The run's scope reached the search: only the attached file was searched.
    expect(passages?.every((passage) => passage.documentId === fileId)).toBe(true);
    const text = chunks
      .filter((chunk) => chunk.type === "text-delta")
      .map((chunk) => String(chunk.delta))
      .join("");
    expect(text).toContain("40 work-hours");
    expect(text).toMatch(/\[1\]/);
    expect(text).toMatch(/p\. 6/);
  });

  it("refuses an image by its content with the readable types, and over the tenant's limit with the limit", async () => {
    const png = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
    const image = await upload(testApp.users.creator, "report.pdf", png);
    expect(image.statusCode).toBe(415);
    expect(image.json().detail).toMatch(/PNG/);
    expect(image.json().detail).toMatch(/PDF/);
    await testApp.database.withTenant(testApp.acme.id, (tx) =>
      tx
        .insert(schema.policies)
        .values({ tenantId: testApp.acme.id, key: "knowledge.upload_max_bytes", value: 2048 }),
    );
    const large = await upload(testApp.users.creator, "notes.txt", Buffer.alloc(4096, "a"));
    expect(large.statusCode).toBe(413);
    expect(large.json().detail).toMatch(/2 KiB/);
    await testApp.database.withTenant(testApp.acme.id, (tx) =>
      tx.delete(schema.policies).where(eq(schema.policies.key, "knowledge.upload_max_bytes")),
    );
  });

  it("refuses a zip bomb named .docx before storing anything", async () => {
    const bomb = zipSync({
      "[Content_Types].xml": new TextEncoder().encode(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
      "word/document.xml": new Uint8Array(20 * 1024 * 1024),
    });
    const before = (await get(testApp.users.creator, "/v1/files")).json().files.length;
    const response = await upload(testApp.users.creator, "contract.docx", bomb);
    expect(response.statusCode, response.body).toBe(413);
    expect(response.json().code).toBe("PENNY_DOCUMENT_ARCHIVE_TOO_LARGE");
    expect((await get(testApp.users.creator, "/v1/files")).json().files.length).toBe(before);
  });

  it("fails a truncated PDF with the reason and nothing of it searchable", async () => {
    const response = await upload(testApp.users.creator, "broken.pdf", manual.subarray(0, 40_000));
    expect(response.statusCode).toBe(202);
    await testApp.app.jobs.idle();
    const file = (await get(testApp.users.creator, `/v1/files/${response.json().file.id}`)).json();
    expect(file.status).toBe("failed");
    expect(file.error).toMatch(/damaged|incomplete|corrupt/i);
    expect(await chunkCount(file.id)).toBe(0);
    const job = (await get(testApp.users.creator, `/v1/jobs/${response.json().jobId}`)).json();
    expect(job).toMatchObject({ status: "failed", error: file.error });
  });

  it("indexes an HTML page without its scripts", async () => {
    const html = Buffer.from(
      "<!doctype html><html><head><title>Refunds</title><script>stealCookies('SECRET-TOKEN')</script></head>" +
        "<body><h1>Refund policy</h1><p onclick=\"alert('x')\">Refunds are paid within fourteen days of the request.</p></body></html>",
    );
    const response = await upload(testApp.users.creator, "refunds.html", html);
    expect(response.statusCode, response.body).toBe(202);
    await testApp.app.jobs.idle();
    const rows = await testApp.database.withTenant(testApp.acme.id, (tx) =>
      tx
        .select({ text: schema.chunks.text })
        .from(schema.chunks)
        .where(eq(schema.chunks.documentId, response.json().file.id)),
    );
    const text = rows.map((row) => row.text).join("\n");
    expect(text).toContain("fourteen days");
    expect(text).not.toContain("SECRET-TOKEN");
    expect(text).not.toContain("alert");
  });

  it("lets only the uploader or an admin delete a file, and the delete takes its passages", async () => {
    expect(
      (
        await testApp.app.inject({
          method: "DELETE",
          url: `/v1/files/${fileId}`,
          headers: await testApp.headersFor(testApp.users.manager),
        })
      ).statusCode,
    ).toBe(204);
    expect(await chunkCount(fileId)).toBe(0);
    expect((await get(testApp.users.creator, `/v1/files/${fileId}`)).statusCode).toBe(404);
  });

  it("manages collections: readers by role, visible to them only, names unique", async () => {
    const admin = await testApp.headersFor(testApp.users.admin);
    const created = await testApp.app.inject({
      method: "POST",
      url: "/v1/collections",
      headers: admin,
      payload: { name: "Board papers", access: { roles: ["manager"] } },
    });
    expect(created.statusCode, created.body).toBe(201);
    const twice = await testApp.app.inject({
      method: "POST",
      url: "/v1/collections",
      headers: admin,
      payload: { name: "board papers" },
    });
    expect(twice.statusCode).toBe(409);
    const names = async (person: Person) =>
      ((await get(person, "/v1/collections")).json().collections as { name: string }[]).map(
        (entry) => entry.name,
      );
    expect(await names(testApp.users.viewer)).not.toContain("Board papers");
    expect(await names(testApp.users.manager)).toContain("Board papers");
    const byCreator = await upload(
      testApp.users.creator,
      "x.txt",
      Buffer.from("hello there"),
      `?collectionId=${created.json().id}`,
    );
    expect(byCreator.statusCode).toBe(404);
  });
});
