import { schema } from "@penny/db";
import { openTestDatabase, type TestDatabase } from "@penny/db/testing";
import { OutboxMailer } from "@penny/mail";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../password.ts";
import { WeakPasswordError } from "../password-rules.ts";
import {
  auditTrail,
  createTenantWithAdmin,
  createUser,
  expireInvite,
  membershipsOf,
  recordingLogger,
  userByEmail,
} from "./__fixtures__/invite-fixture.ts";
import { acceptInvite } from "./accept-invite.ts";
import { createInvite } from "./create-invite.ts";
import { InviteEmailMismatchError } from "./invite-email-mismatch-error.ts";
import { InviteExpiredError } from "./invite-expired-error.ts";
import { InviteNotFoundError } from "./invite-not-found-error.ts";
import { InviteRevokedError } from "./invite-revoked-error.ts";
import { InviteSignupRequiredError } from "./invite-signup-required-error.ts";
import { InviteUsedError } from "./invite-used-error.ts";
import { InviteeAlreadyMemberError } from "./invitee-already-member-error.ts";
import { listInvites } from "./list-invites.ts";
import { revokeInvite } from "./revoke-invite.ts";

const password = "a perfectly fine passphrase";

describe("acceptInvite", () => {
  let test: TestDatabase;
  let tenantId: string;
  let adminId: string;
  let mailer: OutboxMailer;

  beforeAll(async () => {
    test = await openTestDatabase();
    mailer = new OutboxMailer({ database: test.database, logger: recordingLogger() });
    ({ tenantId, adminId } = await createTenantWithAdmin(test.database, {
      slug: "globex",
      name: "Globex",
      adminEmail: "hank@globex.test",
    }));
  });

  afterAll(async () => {
    await test?.dispose();
  });

  const invite = (email: string, role: schema.MemberRole = "creator") =>
    createInvite(test.database, {
      tenantId,
      email,
      role,
      invitedBy: adminId,
      mailer,
      baseUrl: "http://localhost:8080",
    });

  /** Runs `attempt`, expects it to fail with `errorClass`, and checks that no membership changed. */
  async function expectRefused(
    attempt: () => Promise<unknown>,
    errorClass: new (...args: never[]) => Error,
    code: string,
  ) {
    const before = await membershipsOf(test.database, tenantId);
    const error = await attempt().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(errorClass);
    expect((error as { code: string }).code).toBe(code);
    expect(await membershipsOf(test.database, tenantId)).toEqual(before);
    return error as Error;
  }

  async function lastAuditEvent() {
    return (await auditTrail(test.database, tenantId)).at(-1);
  }

  it("refuses an unknown token", async () => {
    const error = await expectRefused(
      () => acceptInvite(test.database, { token: "no-such-token", name: "X", password }),
      InviteNotFoundError,
      "PENNY_INVITE_NOT_FOUND",
    );
    expect(error.message).toMatch(/not valid/);
  });

  it("refuses an expired invitation, creates no account and records the failure", async () => {
    const { invite: created, token } = await invite("late@example.test");
    await expireInvite(test.database, created.id);
    const error = await expectRefused(
      () => acceptInvite(test.database, { token, name: "Late", password }),
      InviteExpiredError,
      "PENNY_INVITE_EXPIRED",
    );
    expect(error.message).toMatch(/expired/);
    expect(await userByEmail(test.database, "late@example.test")).toBeUndefined();
    expect(await lastAuditEvent()).toMatchObject({
      action: "invite.accept_failed",
      outcome: "failure",
      actorType: "anonymous",
      target: `invite:${created.id}`,
      data: { reason: "PENNY_INVITE_EXPIRED" },
    });
    expect((await listInvites(test.database, tenantId)).find((row) => row.id === created.id)?.status).toBe(
      "expired",
    );
  });

  it("accepts once: the same link used again is refused and recorded", async () => {
    const { token } = await invite("once@example.test");
    await acceptInvite(test.database, { token, name: "Once", password });
    const error = await expectRefused(
      () => acceptInvite(test.database, { token, name: "Twice", password }),
      InviteUsedError,
      "PENNY_INVITE_USED",
    );
    expect(error.message).toMatch(/already been used/);
    expect(await lastAuditEvent()).toMatchObject({
      action: "invite.accept_failed",
      data: { reason: "PENNY_INVITE_USED" },
    });
    expect((await userByEmail(test.database, "once@example.test"))?.name).toBe("Once");
  });

  it("refuses a revoked invitation", async () => {
    const { invite: created, token } = await invite("withdrawn@example.test");
    await revokeInvite(test.database, { tenantId, inviteId: created.id, actorId: adminId });
    await expectRefused(
      () => acceptInvite(test.database, { token, name: "Withdrawn", password }),
      InviteRevokedError,
      "PENNY_INVITE_REVOKED",
    );
    expect(await lastAuditEvent()).toMatchObject({ data: { reason: "PENNY_INVITE_REVOKED" } });
  });

  it("lets exactly one of two simultaneous accepts win", async () => {
    const { token } = await invite("race@example.test", "manager");
    const results = await Promise.allSettled([
      acceptInvite(test.database, { token, name: "Racer One", password }),
      acceptInvite(test.database, { token, name: "Racer Two", password }),
    ]);
    const won = results.filter((result) => result.status === "fulfilled");
    const lost = results.filter((result) => result.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]?.reason).toBeInstanceOf(InviteUsedError);
    const members = await membershipsOf(test.database, tenantId);
    expect(members.filter((member) => member.startsWith("race@example.test"))).toEqual([
      "race@example.test manager active",
    ]);
    expect(
      await test.database.withPlatform((tx) =>
        tx.$count(schema.users, eq(schema.users.email, "race@example.test")),
      ),
    ).toBe(1);
  });

  it("links an existing account without touching its password", async () => {
    const userId = await createUser(test.database, {
      email: "Existing@Example.test",
      name: "Existing Person",
      password: "their own old password",
    });
    const { token } = await invite("existing@example.test", "viewer");
    const accepted = await acceptInvite(test.database, {
      token,
      name: "Ignored",
      password: "a new password attempt",
    });
    expect(accepted).toEqual({ userId, tenantId, role: "viewer", createdUser: false });
    const user = await userByEmail(test.database, "existing@example.test");
    expect(user?.name).toBe("Existing Person");
    await expect(verifyPassword(user?.passwordHash ?? "", "their own old password")).resolves.toBe(true);
    await expect(verifyPassword(user?.passwordHash ?? "", "a new password attempt")).resolves.toBe(false);
    expect(await membershipsOf(test.database, tenantId)).toContain("Existing@Example.test viewer active");
  });

  it("accepts for the signed-in account of the invited address", async () => {
    const userId = await createUser(test.database, {
      email: "signed-in@example.test",
      name: "Signed In",
      password,
    });
    const { token } = await invite("signed-in@example.test");
    await expect(acceptInvite(test.database, { token, existingUserId: userId })).resolves.toMatchObject({
      userId,
      createdUser: false,
    });
  });

  it("refuses a signed-in account of another address, and the invitation stays usable", async () => {
    const otherId = await createUser(test.database, {
      email: "someone-else@example.test",
      name: "Other",
      password,
    });
    const { invite: created, token } = await invite("intended@example.test");
    await expectRefused(
      () => acceptInvite(test.database, { token, existingUserId: otherId }),
      InviteEmailMismatchError,
      "PENNY_INVITE_EMAIL_MISMATCH",
    );
    expect(await lastAuditEvent()).toMatchObject({
      actorType: "user",
      actorId: otherId,
      data: { reason: "PENNY_INVITE_EMAIL_MISMATCH" },
    });
    expect((await listInvites(test.database, tenantId)).find((row) => row.id === created.id)?.status).toBe(
      "pending",
    );
    await expect(acceptInvite(test.database, { token, name: "Intended", password })).resolves.toMatchObject({
      createdUser: true,
    });
  });

  it("asks for a name and password when there is no account yet, and holds the password to the rules", async () => {
    const { token } = await invite("newcomer@example.test");
    await expectRefused(
      () => acceptInvite(test.database, { token }),
      InviteSignupRequiredError,
      "PENNY_INVITE_SIGNUP_REQUIRED",
    );
    const weak = await expectRefused(
      () => acceptInvite(test.database, { token, name: "Newcomer", password: "newcomer@example.test" }),
      WeakPasswordError,
      "PENNY_PASSWORD_WEAK",
    );
    expect((weak as WeakPasswordError).problems.map((problem) => problem.code)).toEqual(["same_as_email"]);
    await expect(acceptInvite(test.database, { token, name: "Newcomer", password })).resolves.toMatchObject({
      createdUser: true,
    });
  });

  it("refuses, without using the invitation, someone who became an active member in the meantime", async () => {
    const { invite: created, token } = await invite("meantime@example.test");
    const userId = await createUser(test.database, {
      email: "meantime@example.test",
      name: "Meantime",
      password,
    });
    await test.database.withPlatform((tx) =>
      tx.insert(schema.memberships).values({ tenantId, userId, role: "viewer" }),
    );
    await expectRefused(
      () => acceptInvite(test.database, { token }),
      InviteeAlreadyMemberError,
      "PENNY_INVITEE_ALREADY_MEMBER",
    );
    expect((await listInvites(test.database, tenantId)).find((row) => row.id === created.id)?.status).toBe(
      "pending",
    );
  });

  it("brings back a suspended member with the invited role", async () => {
    const userId = await createUser(test.database, {
      email: "suspended@example.test",
      name: "Suspended",
      password,
    });
    await test.database.withPlatform((tx) =>
      tx.insert(schema.memberships).values({ tenantId, userId, role: "viewer", status: "suspended" }),
    );
    const { token } = await invite("suspended@example.test", "manager");
    await acceptInvite(test.database, { token });
    expect(await membershipsOf(test.database, tenantId)).toContain("suspended@example.test manager active");
  });
});
