import { openTestDatabase, type TestDatabase } from "@penny/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedTwoTenants } from "../__fixtures__/two-tenants.ts";
import { withPresetDefaults } from "./preset-defaults.ts";
import {
  createPreset,
  deletePreset,
  findPreset,
  listPresets,
  type PresetFields,
  type PresetScope,
  updatePreset,
} from "./preset-store.ts";

let test: TestDatabase;
let acme: string;
let globex: string;
let users: Record<"ana" | "ben", string>;

beforeAll(async () => {
  test = await openTestDatabase();
  ({ acme, globex, users } = await seedTwoTenants(test.database, "preset", ["ana", "ben"]));
});
afterAll(() => test?.dispose());

const fields = (name: string, more: Partial<PresetFields> = {}): PresetFields => ({
  name,
  instructions: "",
  model: null,
  toolsAllowed: null,
  ...more,
});
const save = (userId: string, scope: PresetScope, preset: PresetFields, tenantId = acme) =>
  test.database.withTenant(tenantId, (tx) => createPreset(tx, { tenantId, userId, scope, fields: preset }));

describe("preset store", () => {
  it("lists the user's own presets and the workspace's, workspace first, never another person's", async () => {
    await save(users.ana, "personal", fields("Ana's weekly"));
    await save(users.ben, "personal", fields("Ben's notes"));
    await save(users.ana, "workspace", fields("Board pack", { instructions: "Be formal." }));
    const listed = await test.database.withTenant(acme, (tx) => listPresets(tx, { userId: users.ana }));
    expect(listed.map((preset) => [preset.name, preset.scope])).toEqual([
      ["Board pack", "workspace"],
      ["Ana's weekly", "personal"],
    ]);
    const fromGlobex = await test.database.withTenant(globex, (tx) => listPresets(tx, { userId: users.ana }));
    expect(fromGlobex).toEqual([]);
  });

  it("keeps names unique per owner, ignoring case, for the workspace too", async () => {
    await save(users.ana, "personal", fields("Sales review"));
    await expect(save(users.ana, "personal", fields("sales REVIEW"))).rejects.toMatchObject({
      code: "PENNY_CONFLICT",
      message: 'A preset named "sales REVIEW" already exists here: choose another name.',
    });
    // Another owner may use the name: Ben, and the workspace.
    await expect(save(users.ben, "personal", fields("Sales review"))).resolves.toMatchObject({
      scope: "personal",
    });
    await expect(save(users.ana, "workspace", fields("Sales review"))).resolves.toMatchObject({
      scope: "workspace",
    });
    // Workspace presets have no owner, which the unique index does not guard: the store does.
    await expect(save(users.ben, "workspace", fields("Sales Review"))).rejects.toMatchObject({
      code: "PENNY_CONFLICT",
    });
    // And another tenant's workspace is another owner.
    await expect(save(users.ana, "workspace", fields("Sales review"), globex)).resolves.toMatchObject({
      scope: "workspace",
    });
  });

  it("lets only the owner change a personal preset, and a workspace one only with the right", async () => {
    const own = await save(users.ana, "personal", fields("Draft", { model: "vendor/gpt-test" }));
    const shared = await save(users.ana, "workspace", fields("Shared draft"));
    const change = (
      userId: string,
      presetId: string,
      mayManageWorkspace: boolean,
      changes: Partial<PresetFields>,
    ) =>
      test.database.withTenant(acme, (tx) =>
        updatePreset(tx, { tenantId: acme, userId, presetId, mayManageWorkspace, changes }),
      );
    await expect(change(users.ben, own.id, true, { name: "Mine now" })).rejects.toMatchObject({
      code: "PENNY_NOT_FOUND",
    });
    const renamed = await change(users.ana, own.id, false, {
      name: "Final",
      toolsAllowed: ["get_company_kpis"],
    });
    expect(renamed).toMatchObject({
      name: "Final",
      model: "vendor/gpt-test",
      toolsAllowed: ["get_company_kpis"],
    });
    await expect(change(users.ana, own.id, false, { name: "Ana's weekly" })).rejects.toMatchObject({
      code: "PENNY_CONFLICT",
    });
    await expect(change(users.ben, shared.id, false, { instructions: "x" })).rejects.toMatchObject({
      code: "PENNY_FORBIDDEN",
    });
    expect(await change(users.ben, shared.id, true, { instructions: "Be brief." })).toMatchObject({
      instructions: "Be brief.",
      scope: "workspace",
    });
    await expect(
      test.database.withTenant(acme, (tx) =>
        deletePreset(tx, { userId: users.ben, presetId: own.id, mayManageWorkspace: true }),
      ),
    ).rejects.toMatchObject({ code: "PENNY_NOT_FOUND" });
    await test.database.withTenant(acme, (tx) =>
      deletePreset(tx, { userId: users.ana, presetId: own.id, mayManageWorkspace: false }),
    );
    expect(
      await test.database.withTenant(acme, (tx) => findPreset(tx, { userId: users.ana, presetId: own.id })),
    ).toBe(undefined);
  });

  it("gives a run the preset's model and tools where the message names none", async () => {
    const preset = await save(
      users.ben,
      "personal",
      fields("Pirate", { model: "vendor/gpt-test", toolsAllowed: ["get_company_kpis"] }),
    );
    const apply = (options: Parameters<typeof withPresetDefaults>[1]["options"], userId = users.ben) =>
      test.database.withTenant(acme, (tx) =>
        withPresetDefaults(tx, { userId, presetId: preset.id, options }),
      );
    expect(await apply({})).toEqual({
      requestedModel: "vendor/gpt-test",
      toolsAllowed: ["get_company_kpis"],
      presetId: preset.id,
    });
    expect(await apply({ requestedModel: "builtin", toolsAllowed: ["load_dashboard"] })).toMatchObject({
      requestedModel: "builtin",
      toolsAllowed: ["load_dashboard"],
    });
    expect(await apply({ toolsAllowed: [] })).toMatchObject({ toolsAllowed: ["get_company_kpis"] });
    await expect(apply({}, users.ana)).rejects.toMatchObject({ code: "PENNY_NOT_FOUND" });
  });
});
