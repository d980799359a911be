/**
 * Zod (used inside the AI SDK) probes `new Function("")` once to decide whether to compile its parsers. Under the
 * app's CSP that probe is refused and reported as a violation even though Zod catches it. Zod reads its global
 * config from `globalThis.__zod_globalConfig`; `jitless: true` skips the probe. This module must be imported before
 * anything that loads Zod (it is the first import of main.tsx). With zod as a direct dependency of @penny/web,
 * `z.config({ jitless: true })` would say the same.
 */
const holder = globalThis as { __zod_globalConfig?: Record<string, unknown> };
holder.__zod_globalConfig = { ...holder.__zod_globalConfig, jitless: true };

export {};
