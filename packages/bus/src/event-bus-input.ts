import { EventBusChannelInvalidError } from "./errors/event-bus-channel-invalid-error.ts";
import { EventBusListenerInvalidError } from "./errors/event-bus-listener-invalid-error.ts";
import { EventBusMessageInvalidError } from "./errors/event-bus-message-invalid-error.ts";

/** Longest channel name accepted; names are identifiers such as `tenant:42:chat`, not data. */
export const CHANNEL_MAX_LENGTH = 200;

/** Largest message accepted, in UTF-8 bytes: events carry ids and small payloads, never files. */
export const MESSAGE_MAX_BYTES = 1024 * 1024;

const channelPattern = /^[A-Za-z0-9][A-Za-z0-9:._/-]*$/;

/** Throws EventBusChannelInvalidError unless `channel` is a usable channel name. */
export function assertChannel(channel: unknown): asserts channel is string {
  if (typeof channel !== "string") throw new EventBusChannelInvalidError("it must be a string");
  if (channel.length === 0) throw new EventBusChannelInvalidError("it is empty");
  if (channel.length > CHANNEL_MAX_LENGTH) {
    throw new EventBusChannelInvalidError(`it is longer than ${CHANNEL_MAX_LENGTH} characters`);
  }
  if (!channelPattern.test(channel)) {
    throw new EventBusChannelInvalidError(
      "it must start with a letter or digit and hold only letters, digits and : . _ / -",
    );
  }
}

/** Throws EventBusMessageInvalidError unless `message` is a string of at most MESSAGE_MAX_BYTES. */
export function assertMessage(message: unknown): asserts message is string {
  if (typeof message !== "string") throw new EventBusMessageInvalidError("it must be a string");
  if (Buffer.byteLength(message, "utf8") > MESSAGE_MAX_BYTES) {
    throw new EventBusMessageInvalidError(`it is larger than ${MESSAGE_MAX_BYTES} bytes`);
  }
}

/** Throws EventBusListenerInvalidError at subscribe time, rather than failing later at delivery time. */
export function assertListener(listener: unknown): asserts listener is (message: string) => void {
  if (typeof listener !== "function") throw new EventBusListenerInvalidError();
}
