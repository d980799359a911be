import { createHash, randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { listenOnLoopback } from "./listen.ts";

/** A GitHub account as the double's REST API reports it. */
export interface GithubTestUser {
  id: number;
  login: string;
  name: string | null;
  emails: Array<{
    email: string;
    primary: boolean;
    verified: boolean;
    visibility: "public" | "private" | null;
  }>;
}

/**
 * A TEST DOUBLE of GitHub (not GitHub): the OAuth web flow as GitHub Enterprise Server serves it under one base
 * URL (`/login/oauth/authorize`, `/login/oauth/access_token`) and the REST API under `/api/v3` (`/user`,
 * `/user/emails`), in GitHub's wire format: the token endpoint answers form-encoded unless asked for JSON, and
 * reports a bad code as HTTP 200 with an `error` field. It enforces client credentials, the redirect URI and PKCE
 * S256, and single-use codes. The browser is always "signed in" as `signedInUser`, who approves at once.
 */
export interface GithubTestDouble {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  signedInUser: GithubTestUser;
  /** What the authorize endpoint redirects the browser to: the callback URL with `code` and `state`. */
  authorize(authorizationUrl: string): Promise<string>;
  close(): Promise<void>;
}

interface PendingCode {
  user: GithubTestUser;
  redirectUri: string;
  codeChallenge: string | null;
}

export async function startGithubTestDouble(options: {
  redirectUri: string;
  user: GithubTestUser;
}): Promise<GithubTestDouble> {
  const listening = await listenOnLoopback();
  const clientId = `Iv1.${randomBytes(8).toString("hex")}`;
  const clientSecret = randomBytes(20).toString("hex");
  const codes = new Map<string, PendingCode>();
  const tokens = new Map<string, GithubTestUser>();
  const double: GithubTestDouble = {
    baseUrl: listening.origin,
    clientId,
    clientSecret,
    signedInUser: options.user,
    authorize: async (authorizationUrl) => {
      const response = await fetch(authorizationUrl, { redirect: "manual" });
      const location = response.headers.get("location");
      if (response.status !== 302 || !location) throw new Error(`authorize answered ${response.status}`);
      return location;
    },
    close: listening.close,
  };

  function authorize(url: URL, response: ServerResponse) {
    const redirectUri = url.searchParams.get("redirect_uri") ?? options.redirectUri;
    const method = url.searchParams.get("code_challenge_method");
    if (url.searchParams.get("client_id") !== clientId || redirectUri !== options.redirectUri) {
      return response.writeHead(404, { "content-type": "text/html" }).end("<h1>Not found</h1>");
    }
    if (url.searchParams.has("code_challenge") && method !== "S256") {
      return response.writeHead(400, { "content-type": "text/html" }).end("<h1>Unsupported PKCE method</h1>");
    }
    const code = randomBytes(10).toString("hex");
    codes.set(code, {
      user: double.signedInUser,
      redirectUri,
      codeChallenge: url.searchParams.get("code_challenge"),
    });
    const callback = new URL(redirectUri);
    callback.searchParams.set("code", code);
    const state = url.searchParams.get("state");
    if (state) callback.searchParams.set("state", state);
    response.writeHead(302, { location: callback.href }).end();
  }

  function exchange(request: IncomingMessage, body: URLSearchParams, response: ServerResponse) {
    const basic = /^Basic (.+)$/.exec(request.headers.authorization ?? "")?.[1];
    const [basicId, basicSecret] = basic ? Buffer.from(basic, "base64").toString().split(":") : [];
    const wantsJson = (request.headers.accept ?? "").includes("application/json");
    const send = (fields: Record<string, string>) =>
      wantsJson
        ? response
            .writeHead(200, { "content-type": "application/json; charset=utf-8" })
            .end(JSON.stringify(fields))
        : response
            .writeHead(200, { "content-type": "application/x-www-form-urlencoded; charset=utf-8" })
            .end(new URLSearchParams(fields).toString());
    const fail = (error: string, description: string) =>
      send({
        error,
        error_description: description,
        error_uri:
          "https://docs.github.com/apps/managing-oauth-apps/troubleshooting-oauth-app-access-token-request-errors",
      });

    if (
      (body.get("client_id") ?? basicId) !== clientId ||
      (body.get("client_secret") ?? basicSecret) !== clientSecret
    ) {
      return fail("incorrect_client_credentials", "The client_id and/or client_secret passed are incorrect.");
    }
    const code = body.get("code") ?? "";
    const pending = codes.get(code);
    codes.delete(code);
    if (!pending) return fail("bad_verification_code", "The code passed is incorrect or expired.");
    if (body.has("redirect_uri") && body.get("redirect_uri") !== pending.redirectUri) {
      return fail(
        "redirect_uri_mismatch",
        "The redirect_uri MUST match the registered callback URL for this application.",
      );
    }
    if (pending.codeChallenge) {
      const verifier = body.get("code_verifier") ?? "";
      const challenge = createHash("sha256").update(verifier).digest("base64url");
      if (challenge !== pending.codeChallenge)
        return fail("bad_verification_code", "The code_verifier does not match.");
    }
    const token = `gho_${randomBytes(18).toString("base64url")}`;
    tokens.set(token, pending.user);
    send({ access_token: token, token_type: "bearer", scope: "read:user,user:email" });
  }

  function api(request: IncomingMessage, path: string, response: ServerResponse) {
    const token = /^(?:Bearer|token) (.+)$/i.exec(request.headers.authorization ?? "")?.[1];
    const user = token ? tokens.get(token) : undefined;
    const json = (status: number, value: unknown) =>
      response
        .writeHead(status, { "content-type": "application/json; charset=utf-8" })
        .end(JSON.stringify(value));
    if (!user)
      return json(401, {
        message: "Bad credentials",
        documentation_url: "https://docs.github.com/rest",
        status: "401",
      });
    if (path === "/user") {
      const publicEmail = user.emails.find((entry) => entry.visibility === "public")?.email ?? null;
      return json(200, {
        login: user.login,
        id: user.id,
        node_id: `U_${Buffer.from(String(user.id)).toString("base64url")}`,
        avatar_url: `${listening.origin}/avatars/u/${user.id}`,
        type: "User",
        site_admin: false,
        name: user.name,
        email: publicEmail,
      });
    }
    if (path === "/user/emails") return json(200, user.emails);
    json(404, { message: "Not Found", documentation_url: "https://docs.github.com/rest", status: "404" });
  }

  listening.handle((request, response) => {
    const url = new URL(request.url ?? "/", listening.origin);
    if (request.method === "GET" && url.pathname === "/login/oauth/authorize")
      return authorize(url, response);
    if (request.method === "GET" && url.pathname.startsWith("/api/v3/")) {
      return api(request, url.pathname.slice("/api/v3".length), response);
    }
    if (request.method === "POST" && url.pathname === "/login/oauth/access_token") {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () =>
        exchange(request, new URLSearchParams(Buffer.concat(chunks).toString()), response),
      );
      return;
    }
    response.writeHead(404, { "content-type": "text/plain" }).end("Not Found");
  });
  return double;
}
