import { createHash } from "node:crypto";

const STYLE = `
  body { font-family: system-ui, sans-serif; margin: 0; color: #1f2937; background: #f9fafb; }
  main { max-width: 40rem; margin: 15vh auto; padding: 0 1.5rem; }
  h1 { font-size: 1.5rem; font-weight: 600; }
  a { color: #2563eb; }
`;

/** The page served at `/` until the web app exists: it says the server runs and where the API is described. */
export const placeholderPage = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Penny</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Penny is running — the web workbench is coming</h1>
<p>Until it arrives, the API is here:</p>
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
export const placeholderPageCsp = [
  "default-src 'none'",
  `style-src 'sha256-${createHash("sha256").update(STYLE).digest("base64")}'`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");
