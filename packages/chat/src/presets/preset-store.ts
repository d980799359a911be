import { schema, type Tx } from "@penny/db";
import { and, asc, eq, isNull, or, sql } from "drizzle-orm";
import { PresetError } from "./preset-error.ts";

const { presets } = schema;

/** How many presets one owner (a person, or the workspace) keeps at most. */
export const MAX_PRESETS_PER_OWNER = 100;

/** Personal presets are their owner's; workspace presets everyone in the tenant sees. */
export type PresetScope = "personal" | "workspace";

/** A saved setup for a conversation as its readers see it. */
export interface PresetView {
  id: string;
  name: string;
  instructions: string;
  /** The model to use unless a message names one; null: the tenant's default. */
  model: string | null;
  /** The tools allowed unless a message names them; null: every tool the person may use. */
  toolsAllowed: string[] | null;
  scope: PresetScope;
  createdAt: Date;
}

/** What a preset is made of; the caller has checked formats and tool names. */
export interface PresetFields {
  name: string;
  instructions: string;
  model: string | null;
  toolsAllowed: string[] | null;
}

const columns = {
  id: presets.id,
  name: presets.name,
  instructions: presets.instructions,
  model: presets.model,
  toolsAllowed: presets.toolsAllowed,
  ownerId: presets.ownerId,
  createdAt: presets.createdAt,
};

type PresetRow = { ownerId: string | null } & Omit<PresetView, "scope">;

function toView({ ownerId, ...row }: PresetRow): PresetView {
  return { ...row, scope: ownerId === null ? "workspace" : "personal" };
}

const visibleTo = (userId: string) => or(eq(presets.ownerId, userId), isNull(presets.ownerId));

/** The user's own presets and the workspace's, workspace first, each by name. */
export async function listPresets(tx: Tx, input: { userId: string }): Promise<PresetView[]> {
  const rows = await tx
    .select(columns)
    .from(presets)
    .where(visibleTo(input.userId))
    .orderBy(sql`${presets.ownerId} is not null`, asc(presets.name), asc(presets.id));
  return rows.map(toView);
}

/** The preset if the user may use it (their own or the workspace's); undefined otherwise. */
export async function findPreset(
  tx: Tx,
  input: { userId: string; presetId: string },
): Promise<PresetView | undefined> {
  const [row] = await tx
    .select(columns)
    .from(presets)
    .where(and(eq(presets.id, input.presetId), visibleTo(input.userId)));
  return row ? toView(row) : undefined;
}

/** The preset if the user may use it; PresetError (not found) for an unknown one or another person's. */
export async function getPreset(tx: Tx, input: { userId: string; presetId: string }): Promise<PresetView> {
  const preset = await findPreset(tx, input);
  if (!preset) throw new PresetError("PENNY_NOT_FOUND", "No such preset.");
  return preset;
}

/** Saves a personal preset of `userId`, or a workspace preset; PresetError when the name is taken or no room is left. */
export async function createPreset(
  tx: Tx,
  input: { tenantId: string; userId: string; scope: PresetScope; fields: PresetFields },
): Promise<PresetView> {
  const ownerId = input.scope === "workspace" ? null : input.userId;
  const kept = await lockOwnerNames(tx, input.tenantId, ownerId);
  assertNameFree(kept, input.fields.name, undefined);
  if (kept.length >= MAX_PRESETS_PER_OWNER) {
    throw new PresetError(
      "PENNY_CONFLICT",
      `There are ${MAX_PRESETS_PER_OWNER} ${input.scope} presets already, the most there is room for: delete some first.`,
    );
  }
  const [row] = await tx
    .insert(presets)
    .values({ tenantId: input.tenantId, ownerId, ...input.fields })
    .returning(columns);
  if (!row) throw new Error("insert returned no row");
  return toView(row);
}

/**
 * Changes a preset the user may change: their own, or a workspace preset when `mayManageWorkspace`. Another
 * person's preset is not found; a workspace preset without the right is forbidden.
 */
export async function updatePreset(
  tx: Tx,
  input: {
    tenantId: string;
    userId: string;
    presetId: string;
    mayManageWorkspace: boolean;
    changes: Partial<PresetFields>;
  },
): Promise<PresetView> {
  const preset = await editablePreset(tx, input);
  const ownerId = preset.scope === "workspace" ? null : input.userId;
  if (input.changes.name !== undefined) {
    assertNameFree(await lockOwnerNames(tx, input.tenantId, ownerId), input.changes.name, preset.id);
  }
  const [row] = await tx
    .update(presets)
    .set(input.changes)
    .where(eq(presets.id, preset.id))
    .returning(columns);
  if (!row) throw new PresetError("PENNY_NOT_FOUND", "No such preset.");
  return toView(row);
}

/** Deletes a preset the user may change (see updatePreset). */
export async function deletePreset(
  tx: Tx,
  input: { userId: string; presetId: string; mayManageWorkspace: boolean },
): Promise<PresetView> {
  const preset = await editablePreset(tx, input);
  await tx.delete(presets).where(eq(presets.id, preset.id));
  return preset;
}

async function editablePreset(
  tx: Tx,
  input: { userId: string; presetId: string; mayManageWorkspace: boolean },
): Promise<PresetView> {
  const preset = await getPreset(tx, input);
  if (preset.scope === "workspace" && !input.mayManageWorkspace) {
    throw new PresetError(
      "PENNY_FORBIDDEN",
      "Only people who manage the workspace's policies may change its presets.",
    );
  }
  return preset;
}

/**
 * Takes the owner's name lock and returns the names they keep. The unique index cannot guard workspace presets
 * (their owner is null, and nulls never collide), so every writer checks names under this lock instead.
 */
async function lockOwnerNames(
  tx: Tx,
  tenantId: string,
  ownerId: string | null,
): Promise<{ id: string; name: string }[]> {
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`penny:presets:${tenantId}:${ownerId ?? "workspace"}`}, 0))`,
  );
  return tx
    .select({ id: presets.id, name: presets.name })
    .from(presets)
    .where(ownerId === null ? isNull(presets.ownerId) : eq(presets.ownerId, ownerId));
}

function assertNameFree(
  kept: { id: string; name: string }[],
  name: string,
  exceptId: string | undefined,
): void {
  const wanted = name.toLocaleLowerCase();
  if (kept.some((preset) => preset.id !== exceptId && preset.name.toLocaleLowerCase() === wanted)) {
    throw new PresetError(
      "PENNY_CONFLICT",
      `A preset named "${name}" already exists here: choose another name.`,
    );
  }
}
