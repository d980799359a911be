import { verifyAuditChain } from "@penny/audit";
import { schema } from "@penny/db";
import { asc, eq } from "drizzle-orm";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createIdentityFixture,
  type IdentityFixture,
  sessionHeaders,
} from "../__fixtures__/identity-fixture.ts";
import { issueScimToken, patchOp, type ScimMethod, scimRequest } from "../__fixtures__/scim-test-client.ts";
import { openTestApp, type TestApp } from "../__fixtures__/test-app.ts";

let testApp: TestApp;
let fixture: IdentityFixture;
let admin: Record<string, string>;
let tokenA: string;
let tokenB: string;

beforeAll(async () => {
  testApp = await openTestApp();
  await testApp.app.ready();
  fixture = await createIdentityFixture(testApp.database, "scimg");
  admin = await sessionHeaders(testApp.app, fixture.users.admin);
  tokenA = await issueScimToken(testApp.app, admin, "Entra ID");
  tokenB = await issueScimToken(
    testApp.app,
    await sessionHeaders(testApp.app, fixture.users.otherAdmin),
    "Okta",
  );
});
afterAll(() => testApp?.dispose());

const scim = (method: ScimMethod, url: string, body?: unknown, token = tokenA) =>
  scimRequest(testApp.app, token, method, url, body);
const memberIds = (group: { members?: { value: string }[] }) =>
  (group.members ?? []).map((member) => member.value);

function expectScimError(response: LightMyRequestResponse, status: number, scimType?: string) {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers["content-type"]).toBe("application/scim+json; charset=utf-8");
  expect(response.json()).toMatchObject({ status: String(status), ...(scimType ? { scimType } : {}) });
}

describe("SCIM Groups", () => {
  it("creates a group with members, which Penny's own groups API shows", async () => {
    const { viewer, creator } = fixture.users;
    const created = await scim("POST", "/Groups", {
      schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group"],
      displayName: "Engineering",
      externalId: "entra-eng",
      members: [{ value: viewer.id }, { value: creator.id, display: "ignored" }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const group = created.json();
    expect(group).toEqual({
      schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group"],
      id: expect.any(String),
      externalId: "entra-eng",
      displayName: "Engineering",
      members: expect.arrayContaining([
        {
          value: viewer.id,
          $ref: `http://localhost:8080/scim/v2/Users/${viewer.id}`,
          display: "viewer person",
        },
      ]),
      meta: expect.objectContaining({ resourceType: "Group", location: created.headers.location }),
    });
    expect(memberIds(group).sort()).toEqual([viewer.id, creator.id].sort());

    const groups = await testApp.app.inject({ method: "GET", url: "/v1/groups", headers: admin });
    expect(groups.json().groups).toContainEqual(
      expect.objectContaining({ id: group.id, name: "Engineering", externalId: "entra-eng", memberCount: 2 }),
    );
    expectScimError(await scim("POST", "/Groups", { displayName: "Engineering" }), 409, "uniqueness");
    expectScimError(
      await scim("POST", "/Groups", {
        displayName: "Strangers",
        members: [{ value: fixture.users.otherAdmin.id }],
      }),
      400,
      "invalidValue",
    );
    expectScimError(
      await scim("POST", "/Groups", { displayName: "Odd", members: [{ value: "x" }] }),
      400,
      "invalidValue",
    );
    expectScimError(await scim("POST", "/Groups", { members: [] }), 400, "invalidValue");
  });

  it("adds and removes members with PATCH, the ways Okta and Entra ID send it", async () => {
    const { viewer, creator, manager, admin: adminUser } = fixture.users;
    const group = (await scim("POST", "/Groups", { displayName: "Sales" })).json();
    const patch = async (...operations: unknown[]) => {
      const response = await scim("PATCH", `/Groups/${group.id}`, patchOp(...operations));
      expect(response.statusCode, response.body).toBe(200);
      return response.json();
    };

    expect(
      memberIds(
        await patch({ op: "add", path: "members", value: [{ value: viewer.id }, { value: creator.id }] }),
      ).sort(),
    ).toEqual([viewer.id, creator.id].sort());
    expect(
      memberIds(await patch({ op: "Add", path: "members", value: [{ value: viewer.id }] })).sort(),
    ).toEqual([viewer.id, creator.id].sort());
    expect(memberIds(await patch({ op: "remove", path: `members[value eq "${viewer.id}"]` }))).toEqual([
      creator.id,
    ]);
    expect(
      memberIds(
        await patch(
          { op: "Add", value: { members: [{ value: manager.id }, { value: adminUser.id }] } },
          { op: "Remove", path: "members", value: [{ value: creator.id }] },
        ),
      ).sort(),
    ).toEqual([manager.id, adminUser.id].sort());
    const renamed = await patch({ op: "replace", path: "displayName", value: "Sales EMEA" });
    expect(renamed).toMatchObject({ displayName: "Sales EMEA" });
    expect(memberIds(await patch({ op: "remove", path: "members" }))).toEqual([]);

    expectScimError(
      await scim(
        "PATCH",
        `/Groups/${group.id}`,
        patchOp({ op: "add", path: "members", value: [{ value: fixture.users.otherAdmin.id }] }),
      ),
      400,
      "invalidValue",
    );
    expectScimError(
      await scim(
        "PATCH",
        `/Groups/${group.id}`,
        patchOp({ op: "replace", path: "displayName", value: "Engineering" }),
      ),
      409,
      "uniqueness",
    );
    expectScimError(
      await scim(
        "PATCH",
        `/Groups/${group.id}`,
        patchOp({ op: "replace", path: 'members[value sw "nobody"]', value: {} }),
      ),
      400,
      "noTarget",
    );
    expectScimError(await scim("PATCH", `/Groups/${group.id}`, { Operations: [] }), 400, "invalidValue");
  });

  it("filters by displayName, pages, leaves members out on request, replaces with PUT and deletes", async () => {
    const { viewer } = fixture.users;
    for (const name of ["Team 1", "Team 2", "Team 3"]) {
      const response = await scim("POST", "/Groups", { displayName: name, members: [{ value: viewer.id }] });
      expect(response.statusCode, response.body).toBe(201);
    }
    const byName = (
      await scim("GET", `/Groups?filter=${encodeURIComponent('displayName eq "team 2"')}`)
    ).json();
    expect(byName).toMatchObject({ totalResults: 1, Resources: [{ displayName: "Team 2" }] });
    const team2 = byName.Resources[0];
    expect(memberIds(team2)).toEqual([viewer.id]);

    const page = (
      await scim(
        "GET",
        `/Groups?filter=${encodeURIComponent('displayName sw "Team"')}&startIndex=2&count=1&excludedAttributes=members`,
      )
    ).json();
    expect(page).toMatchObject({
      totalResults: 3,
      startIndex: 2,
      itemsPerPage: 1,
      Resources: [{ displayName: "Team 2" }],
    });
    expect(page.Resources[0].members).toBeUndefined();
    expect(
      (await scim("GET", `/Groups/${team2.id}?excludedAttributes=members`)).json().members,
    ).toBeUndefined();
    expectScimError(
      await scim("GET", `/Groups?filter=${encodeURIComponent("members pr")}`),
      400,
      "invalidFilter",
    );

    const replaced = await scim("PUT", `/Groups/${team2.id}`, {
      displayName: "Team Two",
      members: [{ value: fixture.users.manager.id }],
    });
    expect(replaced.statusCode, replaced.body).toBe(200);
    expect(replaced.json()).toMatchObject({ displayName: "Team Two" });
    expect(replaced.json().externalId).toBeUndefined();
    expect(memberIds(replaced.json())).toEqual([fixture.users.manager.id]);

    expect((await scim("DELETE", `/Groups/${team2.id}`)).statusCode).toBe(204);
    expectScimError(await scim("GET", `/Groups/${team2.id}`), 404);
    expectScimError(await scim("DELETE", `/Groups/${team2.id}`), 404);
    expectScimError(await scim("DELETE", "/Groups/not-a-uuid"), 404);
  });

  it("keeps each tenant's groups to its own directory", async () => {
    const [group] = (
      await scim("GET", `/Groups?filter=${encodeURIComponent('displayName eq "Engineering"')}`)
    ).json().Resources;
    expect((await scim("GET", "/Groups", undefined, tokenB)).json()).toMatchObject({ totalResults: 0 });
    expectScimError(await scim("GET", `/Groups/${group.id}`, undefined, tokenB), 404);
    expectScimError(await scim("PUT", `/Groups/${group.id}`, { displayName: "Taken" }, tokenB), 404);
    expectScimError(
      await scim("PATCH", `/Groups/${group.id}`, patchOp({ op: "remove", path: "members" }), tokenB),
      404,
    );
    expectScimError(await scim("DELETE", `/Groups/${group.id}`, undefined, tokenB), 404);
    // B's directory cannot smuggle A's people into its own groups either.
    expectScimError(
      await scim(
        "POST",
        "/Groups",
        { displayName: "Mine", members: [{ value: fixture.users.viewer.id }] },
        tokenB,
      ),
      400,
      "invalidValue",
    );
    expect(memberIds((await scim("GET", `/Groups/${group.id}`)).json())).toHaveLength(2);
  });

  it("records group changes in the audit chain", async () => {
    const events = await testApp.database.withPlatform((tx) =>
      tx
        .select()
        .from(schema.auditEvents)
        .where(eq(schema.auditEvents.tenantId, fixture.tenantA.id))
        .orderBy(asc(schema.auditEvents.seq)),
    );
    const actions = events.map((event) => event.action);
    expect(actions).toEqual(
      expect.arrayContaining(["scim.group.create", "scim.group.update", "scim.group.delete"]),
    );
    const added = events.find(
      (event) => event.action === "scim.group.update" && (event.data.membersAdded as string[]).length > 0,
    );
    expect(added).toMatchObject({ actorType: "api_key", target: expect.stringMatching(/^group:/) });
    expect(await verifyAuditChain(testApp.database, fixture.tenantA.id)).toMatchObject({ ok: true });
    expect(await verifyAuditChain(testApp.database, fixture.tenantB.id)).toMatchObject({ ok: true });
  });
});
