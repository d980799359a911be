export {
  type ReceivedMail,
  startTestSmtpServer,
  type TestSmtpServer,
  unusedLocalPort,
} from "./test-smtp-server.ts";
