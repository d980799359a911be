import * as client from "openid-client";
import { z } from "zod";
import { OidcProviderUnavailableError } from "./errors/oidc-provider-unavailable-error.ts";
import { providerFailure } from "./provider-failure.ts";
import type { CodeExchange, ProviderIdentity } from "./provider-identity.ts";
import { githubEndpoints } from "./provider-presets.ts";

/** Only the fields Penny reads; GitHub sends many more. */
const githubUserSchema = z.object({ id: z.number().int(), login: z.string(), name: z.string().nullish() });
const githubEmailsSchema = z.array(
  z.object({ email: z.string(), primary: z.boolean(), verified: z.boolean() }),
);

/**
 * GitHub is OAuth2, not OpenID Connect: there is no ID token and no nonce, so who signed in comes from the REST
 * API with the access token. State and PKCE still protect the exchange. The email is the account's primary
 * address, and only if GitHub has verified it; `/user`'s public `email` field is not used, as it proves nothing.
 */
export async function githubIdentity(
  config: client.Configuration,
  baseUrl: string,
  exchange: CodeExchange,
): Promise<ProviderIdentity> {
  let accessToken: string;
  try {
    const tokens = await client.authorizationCodeGrant(config, exchange.callbackUrl, {
      pkceCodeVerifier: exchange.codeVerifier,
      expectedState: exchange.state,
    });
    accessToken = tokens.access_token;
  } catch (error) {
    throw providerFailure(error);
  }
  const api = githubEndpoints(baseUrl).api;
  const user = parseAnswer(githubUserSchema, await getJson(`${api}/user`, accessToken));
  // Without the `user:email` scope (or a GitHub App's email permission) this is 403/404: no verified email then.
  const emails = parseAnswer(
    githubEmailsSchema,
    (await getJson(`${api}/user/emails`, accessToken, [403, 404])) ?? [],
  );
  const primary = emails.find((entry) => entry.primary && entry.verified);
  return {
    subject: String(user.id),
    email: primary?.email ?? null,
    emailVerified: primary !== undefined,
    name: user.name?.trim() || user.login,
  };
}

async function getJson(url: string, accessToken: string, absentStatuses: number[] = []): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: {
        accept: "application/vnd.github+json",
        authorization: `Bearer ${accessToken}`,
        "x-github-api-version": "2022-11-28",
        // GitHub's API refuses requests without a User-Agent.
        "user-agent": "Penny",
      },
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    throw new OidcProviderUnavailableError({ cause: error });
  }
  if (absentStatuses.includes(response.status)) return undefined;
  if (!response.ok) {
    throw new OidcProviderUnavailableError({
      cause: new Error(`GitHub answered ${response.status} for ${url}`),
    });
  }
  try {
    return await response.json();
  } catch (error) {
    throw new OidcProviderUnavailableError({ cause: error });
  }
}

function parseAnswer<T extends z.ZodType>(answerSchema: T, value: unknown): z.output<T> {
  const result = answerSchema.safeParse(value);
  if (!result.success) throw new OidcProviderUnavailableError({ cause: result.error });
  return result.data;
}
