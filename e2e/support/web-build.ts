import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { WEB_DIST_DIR } from "../../apps/server/src/routes/web.ts";

/** Builds the web app when apps/web/dist is missing (a fresh clone before its postinstall, or a cleaned tree). */
export function ensureWebBuild(): void {
  if (existsSync(`${WEB_DIST_DIR}/index.html`)) return;
  execFileSync("npm", ["run", "build", "-w", "@penny/web"], { stdio: "inherit" });
}
