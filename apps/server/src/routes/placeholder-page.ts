import { createHash } from "node:crypto";

const STYLE = `
  body { font-family: system-ui, sans-serif; margin: 0; color: #1f2937; background: #f9fafb; }
  main { max-width: 40rem; margin: 15vh auto; padding: 0 1.5rem; }
  h1 { font-size: 1.5rem; font-weight: 600; }
  code { background: #e5e7eb; padding: 0.1rem 0.35rem; border-radius: 4px; }
  a { color: #2563eb; }
`;

/**
 * The page served instead of the web app when `apps/web/dist` has not been built: it says how to build it, and that
 * the API works meanwhile.
 */
export const missingBuildPage = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Penny — the web app is not built</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Penny is running, but its web app is not built</h1>
<p>Build it once, then reload this page:</p>
<p><code>npm run build -w @penny/web</code></p>
<p>The API works meanwhile:</p>
<ul>
<li><a href="/v1/openapi.json">The API description (OpenAPI 3.1)</a></li>
<li><a href="/healthz">The health check</a></li>
</ul>
</main>
</body>
</html>
`;

/**
 * Nothing may load or run but the page's own stylesheet, allowed by its hash, so even this page never needs
 * 'unsafe-inline'.
 */
export const missingBuildPageCsp = [
  "default-src 'none'",
  `style-src 'sha256-${createHash("sha256").update(STYLE).digest("base64")}'`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");
