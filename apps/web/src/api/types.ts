/**
 * The parts of Penny's API responses the web app reads (see /v1/openapi.json). Kept minimal: fields the app does not
 * use are left out rather than mirrored.
 */

export interface Me {
  user: { id: string; email: string; name: string } | null;
  tenant: { id: string; slug: string; name: string };
  role: "admin" | "manager" | "creator" | "viewer" | null;
  permissions: string[];
  via: "session" | "api_key";
  tenants: { slug: string; name: string; role: string }[];
  csrfToken?: string;
}

/** What sign-in answers when the password was right but a second factor is still owed. */
export interface MfaPending {
  mfa: "verify" | "enrol";
  csrfToken: string;
}

export interface IdentityProviderButton {
  id: string;
  name: string;
  kind: string;
}

export interface Conversation {
  id: string;
  title: string;
  pinned: boolean;
  /** Remembered facts are recalled into this conversation (and "remember that…" saves them). */
  memoryEnabled: boolean;
  activeLeafId: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

/** A message of the conversation tree, with AI SDK UI message parts. */
export interface StoredMessage {
  id: string;
  parentId: string | null;
  role: "system" | "user" | "assistant" | "tool";
  parts: unknown[];
  model: string | null;
  createdAt: string;
  childIds: string[];
  siblingIds: string[];
}

export interface ConversationDetail {
  conversation: Conversation;
  messages: StoredMessage[];
  activePath: string[];
}

export interface ModelEntry {
  id: string;
  label: string;
  provider: string | null;
  local: boolean;
}

export interface ArtifactView {
  id: string;
  version: number;
  kind: string;
  mime: string;
  title: string;
  size: number;
  createdAt: string;
  lineage: { conversationId?: string | null; messageId?: string | null; toolName?: string | null };
}
