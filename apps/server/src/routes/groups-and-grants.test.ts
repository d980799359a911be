import { evaluateGrants } from "@penny/auth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createIdentityFixture,
  type IdentityFixture,
  sessionHeaders,
} from "../__fixtures__/identity-fixture.ts";
import { openTestApp, type TestApp } from "../__fixtures__/test-app.ts";

let testApp: TestApp;
let fixture: IdentityFixture;
let admin: Record<string, string>;

beforeAll(async () => {
  testApp = await openTestApp();
  await testApp.app.ready();
  fixture = await createIdentityFixture(testApp.database, "grants");
  admin = await sessionHeaders(testApp.app, fixture.users.admin);
});
afterAll(() => testApp?.dispose());

const decide = (userId: string, role: "viewer" | "creator", tool: string) =>
  testApp.database.withTenant(fixture.tenantA.id, (tx) =>
    evaluateGrants(tx, { userId, role, resourceType: "tool", resourceId: tool }),
  );

const put = (payload: Record<string, string>) =>
  testApp.app.inject({ method: "PUT", url: "/v1/grants", headers: admin, payload });

describe("groups and grants", () => {
  it("the most specific grant decides: person over group over role, deny over allow", async () => {
    const group = await testApp.app.inject({
      method: "POST",
      url: "/v1/groups",
      headers: admin,
      payload: { name: "Analysts" },
    });
    expect(group.statusCode, group.body).toBe(201);
    const groupId = group.json().id;
    const duplicate = await testApp.app.inject({
      method: "POST",
      url: "/v1/groups",
      headers: admin,
      payload: { name: "Analysts" },
    });
    expect(duplicate.statusCode).toBe(409);
    const joined = await testApp.app.inject({
      method: "PUT",
      url: `/v1/groups/${groupId}/members/${fixture.users.viewer.id}`,
      headers: admin,
    });
    expect(joined.statusCode, joined.body).toBe(204);
    const members = await testApp.app.inject({
      method: "GET",
      url: `/v1/groups/${groupId}/members`,
      headers: admin,
    });
    expect(members.statusCode, members.body).toBe(200);
    expect(members.json().members.map((member: { userId: string }) => member.userId)).toEqual([
      fixture.users.viewer.id,
    ]);
    const unknownGroup = await testApp.app.inject({
      method: "GET",
      url: `/v1/groups/${crypto.randomUUID()}/members`,
      headers: admin,
    });
    expect(unknownGroup.statusCode).toBe(404);

    const viewer = fixture.users.viewer.id;
    const creator = fixture.users.creator.id;
    expect(await decide(viewer, "viewer", "run_python_job")).toBe("default");
    expect(
      (
        await put({
          subjectType: "role",
          subjectId: "viewer",
          resourceType: "tool",
          resourceId: "run_python_job",
          effect: "deny",
        })
      ).statusCode,
    ).toBe(200);
    expect(await decide(viewer, "viewer", "run_python_job")).toBe("deny");
    expect(await decide(creator, "creator", "run_python_job")).toBe("default");

    await put({
      subjectType: "group",
      subjectId: groupId,
      resourceType: "tool",
      resourceId: "run_python_job",
      effect: "allow",
    });
    expect(await decide(viewer, "viewer", "run_python_job")).toBe("allow");

    await put({
      subjectType: "user",
      subjectId: viewer,
      resourceType: "tool",
      resourceId: "run_python_job",
      effect: "deny",
    });
    expect(await decide(viewer, "viewer", "run_python_job")).toBe("deny");

    const listed = await testApp.app.inject({
      method: "GET",
      url: "/v1/grants?resourceType=tool&resourceId=run_python_job",
      headers: admin,
    });
    expect(listed.json().grants).toHaveLength(3);
    const groups = await testApp.app.inject({ method: "GET", url: "/v1/groups", headers: admin });
    expect(groups.json().groups).toEqual([expect.objectContaining({ name: "Analysts", memberCount: 1 })]);

    const deleted = await testApp.app.inject({
      method: "DELETE",
      url: `/v1/groups/${groupId}`,
      headers: admin,
    });
    expect(deleted.statusCode).toBe(204);
    const after = await testApp.app.inject({ method: "GET", url: "/v1/grants", headers: admin });
    expect(after.json().grants.some((grant: { subjectType: string }) => grant.subjectType === "group")).toBe(
      false,
    );
  });

  it("refuses grants to subjects that do not exist here, and bad input", async () => {
    const otherTenantsUser = await put({
      subjectType: "user",
      subjectId: fixture.users.otherAdmin.id,
      resourceType: "datasource",
      resourceId: "warehouse",
      effect: "allow",
    });
    expect(otherTenantsUser.statusCode).toBe(404);
    const noRole = await put({
      subjectType: "role",
      subjectId: "owner",
      resourceType: "tool",
      resourceId: "x",
      effect: "allow",
    });
    expect(noRole.statusCode).toBe(404);
    const badEffect = await put({
      subjectType: "role",
      subjectId: "viewer",
      resourceType: "tool",
      resourceId: "x",
      effect: "maybe",
    });
    expect(badEffect.statusCode).toBe(400);
  });
});
