import type { PiiDetector } from "../pii-detector.ts";

/** A PEM private key's first and last lines; the block between them is one secret. */
export const privateKeyHeader = /-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----/;
export const privateKeyFooter = /-----END (?:[A-Z]+ )*PRIVATE KEY-----/;

/** Token formats of the API keys most likely to leak into a conversation, each with its vendor's prefix. */
const secretFormats = {
  openAiOrAnthropic: String.raw`(?<![A-Za-z0-9_\-])sk-[A-Za-z0-9_\-]{20,}`,
  stripe: "(?<![A-Za-z0-9_])(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}",
  awsAccessKey: "(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])",
  github: "(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,})",
  slack: String.raw`(?<![A-Za-z0-9_\-])xox[abposr]-[A-Za-z0-9\-]{10,}`,
  google: String.raw`(?<![A-Za-z0-9_\-])AIza[A-Za-z0-9_\-]{35}`,
  penny: String.raw`(?<![A-Za-z0-9_\-])pnk_[A-Za-z0-9_\-]{43}`,
  jsonWebToken: String.raw`(?<![A-Za-z0-9_\-])eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}`,
  privateKey: String.raw`${privateKeyHeader.source}[\s\S]*?${privateKeyFooter.source}`,
};

const secretPattern = new RegExp(Object.values(secretFormats).join("|"), "g");

/**
 * The start of a single-token secret (every format above but the PEM block) running on to the end of the text:
 * what a streaming filter recognises in a token too long to hold back until it ends.
 */
export const openSecretToken =
  /(?<![A-Za-z0-9_-])(?:sk-|sk_|rk_|AKIA|ASIA|gh[pousr]_|github_pat_|xox[abposr]-|AIza|pnk_|eyJ)[A-Za-z0-9_.-]*$/;

/**
 * `sk-` also starts ordinary slugs (`sk-learn-tutorial-for-beginners`); a real key has a long random segment
 * mixing letters and digits.
 */
function looksRandom(token: string): boolean {
  if (!token.startsWith("sk-")) return true;
  return token
    .slice(3)
    .split("-")
    .some((segment) => segment.length >= 16 && /\d/.test(segment) && /[A-Za-z]/.test(segment));
}

/** API keys and private keys (OpenAI, Anthropic, Stripe, AWS, GitHub, Slack, Google, Penny, JWTs, PEM). */
export const secretDetector: PiiDetector = {
  detect(text) {
    const matches = [];
    for (const match of text.matchAll(secretPattern)) {
      if (looksRandom(match[0])) matches.push({ start: match.index, end: match.index + match[0].length });
    }
    return matches;
  },
  normalize: (value) => value,
};
