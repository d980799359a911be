import type { Tx } from "@penny/db";
import type { RunOptions } from "../run/run-store.ts";
import { getPreset } from "./preset-store.ts";

/**
 * The run's options with the preset's model and tools as defaults where the message names none (an empty tool
 * list names none: it means "every tool"), and the preset kept for the system prompt. PresetError (not found) when
 * the user may not use the preset.
 */
export async function withPresetDefaults(
  tx: Tx,
  input: { userId: string; presetId: string; options: RunOptions },
): Promise<RunOptions> {
  const preset = await getPreset(tx, { userId: input.userId, presetId: input.presetId });
  const { options } = input;
  return {
    ...options,
    requestedModel: options.requestedModel ?? preset.model ?? undefined,
    toolsAllowed: options.toolsAllowed?.length
      ? options.toolsAllowed
      : (preset.toolsAllowed ?? options.toolsAllowed),
    presetId: preset.id,
  };
}
