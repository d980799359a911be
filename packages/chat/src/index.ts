export { ChatError, type ChatErrorCode, chatErrorCodes } from "./chat-error.ts";
export {
  type ConversationView,
  createConversation,
  getConversation,
  type ListConversationsInput,
  listConversations,
  ownedConversationIds,
  setConversationDeleted,
  updateConversation,
} from "./conversations/conversation-store.ts";
export { readRunEventsAfter } from "./events/event-log.ts";
export { type FollowConversationOptions, followConversation } from "./events/follow-conversation.ts";
export { conversationChannel, isTerminalChunk, type StreamEvent } from "./events/stream-event.ts";
export {
  activePath,
  type BranchComparison,
  compareBranches,
  loadMessageTree,
  type MessageNode,
  type MessageTree,
  newestLeafUnder,
  pathTo,
} from "./messages/message-tree.ts";
export { ChatService, type SendMessageInput, type StartedRun } from "./run/chat-service.ts";
export type {
  ApprovalDecided,
  ArtifactAnnouncement,
  Caller,
  ChatEngine,
  ChatToolbox,
  ModelRequest,
  ModelResolver,
  OutputFilterFactory,
  PromptToProtect,
  ProtectedPrompt,
  Redaction,
  ResolvedModel,
  RunReport,
  StreamingTextFilter,
  SystemPrompt,
  SystemPromptInput,
  ToolCallLineage,
  ToolDescription,
  ToolOutcome,
} from "./run/ports.ts";
export {
  DEFAULT_STALE_AFTER_MS,
  REAPED_RUN_MESSAGE,
  type ReapStaleRunsOptions,
  reapStaleRuns,
} from "./run/reaper.ts";
export type { RunOptions } from "./run/run-store.ts";
