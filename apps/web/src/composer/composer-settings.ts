import { useCallback, useSyncExternalStore } from "react";

/** What applies to every message until changed: the preset chosen and the tools allowed (null: all of them). */
export interface ComposerSettings {
  presetId: string | null;
  toolsAllowed: string[] | null;
}

/** The run options one message is sent with (the body fields of POST /v1/chat/:id/messages). */
export interface MessageOptions {
  toolsAllowed?: string[];
  presetId?: string;
  /** Attached files and a chosen collection the answer should search (the body's `knowledge`). */
  knowledge?: { fileIds?: string[]; collectionIds?: string[] };
}

const SETTINGS_KEY = "penny.composer";
const FIRST_MESSAGE_KEY = "penny.composer.firstMessage";
const CHANGE_EVENT = "penny:composer-settings";
const NONE: ComposerSettings = { presetId: null, toolsAllowed: null };

let cachedText: string | null = null;
let cachedValue: ComposerSettings = NONE;

/** The settings kept in this tab (sessionStorage), parsed once per change so React sees a stable value. */
function read(): ComposerSettings {
  const text = sessionStorage.getItem(SETTINGS_KEY);
  if (text !== cachedText) {
    cachedText = text;
    try {
      const parsed = text ? (JSON.parse(text) as Partial<ComposerSettings>) : {};
      cachedValue = {
        presetId: typeof parsed.presetId === "string" ? parsed.presetId : null,
        toolsAllowed: Array.isArray(parsed.toolsAllowed) ? parsed.toolsAllowed.map(String) : null,
      };
    } catch {
      cachedValue = NONE;
    }
  }
  return cachedValue;
}

function subscribe(onChange: () => void) {
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => window.removeEventListener(CHANGE_EVENT, onChange);
}

/**
 * The composer's standing choices, remembered in this tab so they carry from the new-conversation screen into the
 * conversation it starts, and across reloads.
 */
export function useComposerSettings() {
  const settings = useSyncExternalStore(subscribe, read);
  const update = useCallback((change: Partial<ComposerSettings>) => {
    sessionStorage.setItem(SETTINGS_KEY, JSON.stringify({ ...read(), ...change }));
    window.dispatchEvent(new Event(CHANGE_EVENT));
  }, []);
  return { settings, update };
}

/** The options for one message: its slash-command tools if any, else the standing tools, and the preset. */
export function messageOptions(settings: ComposerSettings, slashTools: string[]): MessageOptions {
  const toolsAllowed = slashTools.length > 0 ? slashTools : (settings.toolsAllowed ?? undefined);
  return {
    ...(toolsAllowed ? { toolsAllowed } : {}),
    ...(settings.presetId ? { presetId: settings.presetId } : {}),
  };
}

/** Keeps a new conversation's first question's options while the conversation is created and opened. */
export function stashFirstMessage(question: string, options: MessageOptions): void {
  sessionStorage.setItem(FIRST_MESSAGE_KEY, JSON.stringify({ question, options }));
}

/** The options stashed for this first question (once), or none. */
export function takeFirstMessage(question: string): MessageOptions {
  const text = sessionStorage.getItem(FIRST_MESSAGE_KEY);
  sessionStorage.removeItem(FIRST_MESSAGE_KEY);
  try {
    const stashed = text ? (JSON.parse(text) as { question?: string; options?: MessageOptions }) : undefined;
    return stashed?.question === question && stashed.options ? stashed.options : {};
  } catch {
    return {};
  }
}
