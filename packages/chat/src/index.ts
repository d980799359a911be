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
export { readRunEventsAfter, type StreamState, streamStateOf } from "./events/event-log.ts";
export { type FollowConversationOptions, followConversation } from "./events/follow-conversation.ts";
export { conversationChannel, isTerminalChunk, type StreamEvent } from "./events/stream-event.ts";
export { type MemoryCommand, parseMemoryCommand } from "./memory/memory-command.ts";
export { checkMemoryContent, MAX_MEMORY_LENGTH } from "./memory/memory-content.ts";
export { MemoryError, type MemoryErrorCode } from "./memory/memory-error.ts";
export {
  closestMemory,
  defaultRecallLimits,
  type RecallLimits,
  rankMemories,
} from "./memory/memory-match.ts";
export { forgetClosestMemory, recallMemories } from "./memory/memory-recall.ts";
export {
  addMemory,
  deleteAllMemories,
  deleteMemory,
  listMemories,
  MAX_MEMORIES_PER_USER,
  type MemoryView,
  userMemories,
} from "./memory/memory-store.ts";
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
export { withPresetDefaults } from "./presets/preset-defaults.ts";
export { PresetError, type PresetErrorCode } from "./presets/preset-error.ts";
export {
  createPreset,
  deletePreset,
  findPreset,
  getPreset,
  listPresets,
  MAX_PRESETS_PER_OWNER,
  type PresetFields,
  type PresetScope,
  type PresetView,
  updatePreset,
} from "./presets/preset-store.ts";
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
