import { generateKeyPairSync, randomBytes } from "node:crypto";
import Provider, { type KoaContextWithOIDC } from "oidc-provider";
import { CookieJar } from "./cookie-jar.ts";
import { listenOnLoopback } from "./listen.ts";

export interface TestAccount {
  email: string;
  emailVerified: boolean;
  name: string;
}

/** A real OpenID Provider (oidc-provider) on 127.0.0.1, with one confidential client and PKCE required. */
export interface TestIdentityProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Accounts by login name; the login name is also the subject. Add to it freely. */
  accounts: Map<string, TestAccount>;
  /**
   * Drives the provider's own login and consent pages with fetch, as a browser would, and returns the callback
   * URL the provider redirects to. `decline` presses "cancel" instead of signing in.
   */
  signIn(authorizationUrl: string, login: string, options?: { decline?: boolean }): Promise<string>;
  /** Flips one byte of the signature of the next ID token the token endpoint returns. */
  tamperWithNextIdToken(): void;
  close(): Promise<void>;
}

export async function startTestIdentityProvider(options: {
  redirectUri: string;
}): Promise<TestIdentityProvider> {
  const listening = await listenOnLoopback();
  const issuer = listening.origin;
  const clientId = "penny-test-client";
  const clientSecret = randomBytes(24).toString("base64url");
  const accounts = new Map<string, TestAccount>();
  const signingKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" });

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    findAccount: (_context, subject) => ({
      accountId: subject,
      claims: () => {
        const account = accounts.get(subject);
        return account
          ? { sub: subject, email: account.email, email_verified: account.emailVerified, name: account.name }
          : { sub: subject };
      },
    }),
    cookies: { keys: [randomBytes(32).toString("hex")] },
    jwks: { keys: [{ ...signingKey, kid: "test-key", alg: "RS256", use: "sig" }] },
    features: { devInteractions: { enabled: true } },
    // Explicit lifetimes (minutes are plenty for a test) instead of the defaults oidc-provider warns about.
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      Grant: 600,
      IdToken: 600,
      Interaction: 600,
      Session: 600,
    },
  });

  let tamperNext = false;
  provider.use(async (context: KoaContextWithOIDC, next: () => Promise<void>) => {
    await next();
    const body = context.body as { id_token?: unknown } | undefined;
    if (tamperNext && context.oidc?.route === "token" && typeof body?.id_token === "string") {
      tamperNext = false;
      body.id_token = flipSignatureByte(body.id_token);
    }
  });
  listening.handle(provider.callback());

  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    signIn: (authorizationUrl, login, signInOptions) =>
      driveLogin(authorizationUrl, login, options.redirectUri, signInOptions?.decline ?? false),
    tamperWithNextIdToken: () => {
      tamperNext = true;
    },
    close: listening.close,
  };
}

/** Follows redirects by hand, keeping cookies, and submits devInteractions' login and consent forms. */
async function driveLogin(
  start: string,
  login: string,
  redirectUri: string,
  decline: boolean,
): Promise<string> {
  const jar = new CookieJar();
  let url = start;
  let form: URLSearchParams | undefined;
  for (let step = 0; step < 20; step++) {
    if (url.startsWith(redirectUri)) return url;
    const response = await fetch(url, {
      method: form ? "POST" : "GET",
      body: form,
      redirect: "manual",
      headers: { cookie: jar.header() },
    });
    jar.store(response);
    form = undefined;
    const location = response.headers.get("location");
    if (location) {
      url = new URL(location, url).href;
      continue;
    }
    const html = await response.text();
    const prompt = /name="prompt" value="(login|consent)"/.exec(html)?.[1];
    const action = /<form[^>]* action="([^"]+)"/.exec(html)?.[1];
    if (response.status !== 200 || !prompt || !action) {
      throw new Error(
        `Unexpected page from the identity provider (${response.status} at ${url}): ${html.slice(0, 500)}`,
      );
    }
    if (decline) {
      url = new URL(`${new URL(action, url).pathname}/abort`, url).href;
      continue;
    }
    url = new URL(action, url).href;
    form =
      prompt === "login"
        ? new URLSearchParams({ prompt, login, password: "any password" })
        : new URLSearchParams({ prompt });
  }
  throw new Error("The identity provider redirected too many times");
}

function flipSignatureByte(jwt: string): string {
  const [header, payload, signature = ""] = jwt.split(".");
  const bytes = Buffer.from(signature, "base64url");
  bytes[bytes.length >> 1] = (bytes[bytes.length >> 1] ?? 0) ^ 0x01;
  return `${header}.${payload}.${bytes.toString("base64url")}`;
}
