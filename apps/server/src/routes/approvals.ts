import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { callerOf } from "../chat-caller.ts";
import { problemResponses } from "../errors/problem-document.ts";

/** Human approval of tool calls flagged as needing it: the paused answer continues after the decision. */
export const approvalRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/v1/approvals/:id",
    {
      config: { access: "conversations:use" },
      schema: {
        summary: "Approve (optionally with edited arguments) or deny a tool call; the answer then continues",
        description:
          "Resume the conversation's stream (GET /v1/chat/{conversationId}/stream with Last-Event-ID) to read the rest of the answer.",
        tags: ["approvals"],
        params: z.object({ id: z.uuid() }),
        body: z.object({
          decision: z.enum(["approve", "deny"]),
          editedArgs: z
            .record(z.string(), z.unknown())
            .optional()
            .describe("Arguments to use instead of the model's; checked against the tool's schema again"),
          reason: z.string().trim().max(500).optional(),
        }),
        response: {
          200: z.object({
            status: z.enum(["approved", "denied"]),
            runId: z.uuid(),
            conversationId: z.uuid(),
          }),
          ...problemResponses,
        },
      },
    },
    async (request) =>
      app.chat.decide({
        caller: callerOf(request),
        approvalId: request.params.id,
        decision: request.body.decision,
        editedArguments: request.body.editedArgs,
        reason: request.body.reason,
      }),
  );
};
