import { findPreset } from "@penny/chat";
import type { PromptSection } from "../system-prompt.ts";

/**
 * The instructions of the preset the message chose. A preset deleted since the message was sent adds nothing: the
 * run goes on without it rather than failing mid-way.
 */
export const presetSection: PromptSection = async ({ tx, caller, options }) => {
  if (!options.presetId) return null;
  const preset = await findPreset(tx, { userId: caller.userId, presetId: options.presetId });
  const instructions = preset?.instructions.trim();
  if (!preset || !instructions) return null;
  return { text: `Instructions from the preset "${preset.name}":\n${instructions}` };
};
