// Builds the web app after `npm install`/`npm ci`, so `npm start` serves it. Without the build tools (an install
// that left out dev dependencies) it says so and leaves the server's "not built" page in place.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const hasVite = ["apps/web/node_modules/vite", "node_modules/vite"].some((dir) =>
  existsSync(new URL(dir, `file://${root}/`)),
);
if (!hasVite) {
  console.warn(
    "penny: the web app's build tools are not installed (dev dependencies left out); skipping its build",
  );
  process.exit(0);
}
const result = spawnSync("npm", ["run", "build", "-w", "@penny/web"], { cwd: root, stdio: "inherit" });
process.exit(result.status ?? 1);
