import { createHash } from "node:crypto";
import { schema } from "@penny/db";
import { openTestDatabase, type TestDatabase } from "@penny/db/testing";
import { OutboxMailer } from "@penny/mail";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  auditTrail,
  createTenantWithAdmin,
  expireInvite,
  recordingLogger,
} from "./__fixtures__/invite-fixture.ts";
import { acceptInvite } from "./accept-invite.ts";
import { createInvite } from "./create-invite.ts";
import { InviteNotFoundError } from "./invite-not-found-error.ts";
import { InviteRevokedError } from "./invite-revoked-error.ts";
import { InviteUsedError } from "./invite-used-error.ts";
import { InviteeAlreadyMemberError } from "./invitee-already-member-error.ts";
import { listInvites } from "./list-invites.ts";
import { revokeInvite } from "./revoke-invite.ts";

const password = "a perfectly fine passphrase";

describe("createInvite, listInvites and revokeInvite", () => {
  let test: TestDatabase;
  let tenantId: string;
  let adminId: string;
  let otherTenantId: string;
  const logger = recordingLogger();
  let mailer: OutboxMailer;

  beforeAll(async () => {
    test = await openTestDatabase();
    mailer = new OutboxMailer({ database: test.database, logger });
    ({ tenantId, adminId } = await createTenantWithAdmin(test.database, {
      slug: "initech",
      name: "Initech",
      adminEmail: "Lumbergh@Initech.test",
    }));
    ({ tenantId: otherTenantId } = await createTenantWithAdmin(test.database, {
      slug: "other",
      name: "Other Co",
      adminEmail: "admin@other.test",
    }));
  });

  afterAll(async () => {
    await test?.dispose();
  });

  const invite = (email: string, extra: { role?: schema.MemberRole; ttlHours?: number } = {}) =>
    createInvite(test.database, {
      tenantId,
      email,
      role: extra.role ?? "viewer",
      invitedBy: adminId,
      mailer,
      baseUrl: "https://penny.example.test/",
      ...(extra.ttlHours === undefined ? {} : { ttlHours: extra.ttlHours }),
    });

  it("normalizes the address, stores only a hash of the token and mails the link", async () => {
    const created = await invite("  Peter.Gibbons@Initech.TEST ", { role: "admin", ttlHours: 24 });
    expect(created.invite).toMatchObject({
      tenantId,
      email: "peter.gibbons@initech.test",
      role: "admin",
      invitedBy: adminId,
      status: "pending",
      acceptedAt: null,
      revokedAt: null,
    });
    // Both times come from the database clock in one transaction, so the difference is exactly the TTL.
    expect(created.invite.expiresAt.getTime() - created.invite.createdAt.getTime()).toBe(24 * 3_600_000);

    const [row] = await test.database.withPlatform((tx) =>
      tx.select().from(schema.invites).where(eq(schema.invites.id, created.invite.id)),
    );
    expect(row?.tokenHash).toBe(createHash("sha256").update(created.token).digest("hex"));

    const line = logger.lines.find((candidate) => candidate.details.outboxId === created.delivery.id);
    expect(line?.details.links).toEqual([`https://penny.example.test/invite/${created.token}`]);
    expect(line?.details.subject).toBe("You're invited to Initech on Penny");
  });

  it("defaults to a 72-hour link", async () => {
    const { invite: created } = await invite("default-ttl@initech.test");
    expect(created.expiresAt.getTime() - created.createdAt.getTime()).toBe(72 * 3_600_000);
  });

  it("refuses an address that is already an active member, whatever its case, and sends nothing", async () => {
    const sentBefore = logger.lines.length;
    const error = await invite("lumbergh@initech.TEST").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InviteeAlreadyMemberError);
    expect((error as InviteeAlreadyMemberError).code).toBe("PENNY_INVITEE_ALREADY_MEMBER");
    expect((error as Error).message).toBe("lumbergh@initech.test is already a member of Initech.");
    expect(logger.lines.length).toBe(sentBefore);
    const invites = await listInvites(test.database, tenantId);
    expect(invites.some((row) => row.email === "lumbergh@initech.test")).toBe(false);
  });

  it("refuses a malformed address, an unknown role or a silly TTL", async () => {
    await expect(invite("not-an-email")).rejects.toThrow(/email/i);
    await expect(invite("x@initech.test", { role: "owner" as schema.MemberRole })).rejects.toThrow();
    await expect(invite("x@initech.test", { ttlHours: 0 })).rejects.toThrow();
  });

  it("replaces an earlier pending invitation to the same address", async () => {
    const first = await invite("milton@initech.test");
    const second = await invite("Milton@initech.test", { role: "creator" });
    await expect(
      acceptInvite(test.database, { token: first.token, name: "Milton", password }),
    ).rejects.toBeInstanceOf(InviteRevokedError);
    const statuses = (await listInvites(test.database, tenantId))
      .filter((row) => row.email === "milton@initech.test")
      .map((row) => `${row.role} ${row.status}`);
    expect(statuses).toEqual(["creator pending", "viewer revoked"]);
    const trail = await auditTrail(test.database, tenantId);
    expect(trail).toContainEqual(
      expect.objectContaining({
        action: "invite.revoked",
        target: `invite:${first.invite.id}`,
        data: { email: "milton@initech.test", reason: "replaced" },
      }),
    );
    await expect(
      acceptInvite(test.database, { token: second.token, name: "Milton", password }),
    ).resolves.toMatchObject({ role: "creator" });
  });

  it("lists every status and never the token hash", async () => {
    const pending = await invite("pending@initech.test");
    const accepted = await invite("accepted@initech.test");
    await acceptInvite(test.database, { token: accepted.token, name: "Accepted", password });
    const revoked = await invite("revoked@initech.test");
    await revokeInvite(test.database, { tenantId, inviteId: revoked.invite.id, actorId: adminId });
    const expired = await invite("expired@initech.test");
    await expireInvite(test.database, expired.invite.id);

    const invites = await listInvites(test.database, tenantId);
    const statusOf = (id: string) => invites.find((row) => row.id === id)?.status;
    expect(statusOf(pending.invite.id)).toBe("pending");
    expect(statusOf(accepted.invite.id)).toBe("accepted");
    expect(statusOf(revoked.invite.id)).toBe("revoked");
    expect(statusOf(expired.invite.id)).toBe("expired");
    for (const row of invites) expect(row).not.toHaveProperty("tokenHash");
    expect(await listInvites(test.database, otherTenantId)).toEqual([]);
  });

  it("revokes once, records it, and then leaves the invitation as it is", async () => {
    const { invite: created } = await invite("bill@initech.test");
    const revoked = await revokeInvite(test.database, { tenantId, inviteId: created.id, actorId: adminId });
    expect(revoked.status).toBe("revoked");
    const again = await revokeInvite(test.database, { tenantId, inviteId: created.id, actorId: adminId });
    expect(again.revokedAt).toEqual(revoked.revokedAt);
    const revocations = (await auditTrail(test.database, tenantId)).filter(
      (event) => event.action === "invite.revoked" && event.target === `invite:${created.id}`,
    );
    expect(revocations).toEqual([
      expect.objectContaining({ actorType: "user", actorId: adminId, data: { email: "bill@initech.test" } }),
    ]);
  });

  it("does not revoke an accepted invitation", async () => {
    const { invite: created, token } = await invite("samir@initech.test");
    await acceptInvite(test.database, { token, name: "Samir", password });
    await expect(
      revokeInvite(test.database, { tenantId, inviteId: created.id, actorId: adminId }),
    ).rejects.toBeInstanceOf(InviteUsedError);
  });

  it("finds no invitation by a made-up id or another tenant's id", async () => {
    const { invite: created } = await invite("michael@initech.test");
    await expect(
      revokeInvite(test.database, { tenantId, inviteId: "not-a-uuid", actorId: adminId }),
    ).rejects.toBeInstanceOf(InviteNotFoundError);
    await expect(
      revokeInvite(test.database, { tenantId: otherTenantId, inviteId: created.id, actorId: adminId }),
    ).rejects.toBeInstanceOf(InviteNotFoundError);
    expect((await listInvites(test.database, tenantId)).find((row) => row.id === created.id)?.status).toBe(
      "pending",
    );
  });
});
