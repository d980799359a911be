import { piiKinds, privacyPolicySchema, readPrivacyPolicy, writePrivacyPolicy } from "@penny/models";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditChange } from "../audit-context.ts";
import { problemResponses } from "../errors/problem-document.ts";
import { principalOf } from "../plugins/access-control.ts";

const policyResponse = z.object({
  policy: privacyPolicySchema,
  kinds: z.array(z.enum(piiKinds)).describe("Every kind Penny detects, in precedence order"),
});

/** The tenant's privacy policy: what is redacted before prompts leave for external models, and out of answers. */
export const privacyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/v1/privacy/policy",
    {
      config: { access: "conversations:use" },
      schema: {
        summary: "What is redacted from prompts for external models and filtered out of answers",
        tags: ["privacy"],
        response: { 200: policyResponse, ...problemResponses },
      },
    },
    async (request) => ({
      policy: await app.database.withTenant(principalOf(request).tenantId, (tx) => readPrivacyPolicy(tx)),
      kinds: [...piiKinds],
    }),
  );

  app.put(
    "/v1/privacy/policy",
    {
      config: { access: "policies:manage" },
      schema: {
        summary: "Replace the privacy policy (secrets are filtered out of answers whatever it says)",
        tags: ["privacy"],
        body: privacyPolicySchema,
        response: { 200: policyResponse, ...problemResponses },
      },
    },
    async (request) => {
      const { tenantId } = principalOf(request);
      const policy = await app.database.withTenant(tenantId, async (tx) => {
        const previous = await readPrivacyPolicy(tx);
        const written = await writePrivacyPolicy(tx, tenantId, request.body);
        await auditChange(tx, request, {
          tenantId,
          action: "privacy.policy.update",
          target: "privacy:policy",
          data: { previous, policy: written },
        });
        return written;
      });
      // Only once the change is committed: a run reading the policy in between would cache the old one again.
      app.promptPrivacy.forget(tenantId);
      return { policy, kinds: [...piiKinds] };
    },
  );
};
