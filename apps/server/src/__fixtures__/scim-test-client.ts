import { SCIM_CONTENT_TYPE, SCIM_PATCH_OP_SCHEMA } from "@penny/auth";
import type { LightMyRequestResponse } from "fastify";
import type { PennyApp } from "../build-app.ts";

/** For the SCIM tests: the HTTP methods a directory uses. */
export type ScimMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** For the SCIM tests: a request as a directory sends it, with the SCIM token and an `application/scim+json` body. */
export function scimRequest(
  app: PennyApp,
  token: string,
  method: ScimMethod,
  url: string,
  body?: unknown,
): Promise<LightMyRequestResponse> {
  return app.inject({
    method,
    url: `/scim/v2${url}`,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { "content-type": SCIM_CONTENT_TYPE }),
    },
    ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
  });
}

/** For the SCIM tests: a SCIM token made through the admin route, as an administrator would. */
export async function issueScimToken(
  app: PennyApp,
  headers: Record<string, string>,
  name: string,
): Promise<string> {
  const response = await app.inject({ method: "POST", url: "/v1/scim-tokens", headers, payload: { name } });
  if (response.statusCode !== 201) throw new Error(`Creating a SCIM token failed: ${response.body}`);
  return response.json<{ secret: string }>().secret;
}

/** For the SCIM tests: a PatchOp body. */
export function patchOp(...operations: unknown[]) {
  return { schemas: [SCIM_PATCH_OP_SCHEMA], Operations: operations };
}
