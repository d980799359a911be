#!/usr/bin/env node
// Penny runs its TypeScript source without a build step: register tsx's loader, then hand over to the CLI.
import { register } from "tsx/esm/api";

register();
await import("../src/cli.ts");
