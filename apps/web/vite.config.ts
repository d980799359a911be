import react from "@vitejs/plugin-react";
import { defineConfig, loadEnv } from "vite";

export default defineConfig(({ mode }) => {
  // `npm run dev -w @penny/web` sends API calls to a Penny server (`npm start`); PENNY_API_URL moves it.
  const apiTarget = loadEnv(mode, ".", "PENNY_").PENNY_API_URL ?? "http://localhost:8080";
  return {
    plugins: [react()],
    build: {
      outDir: "dist",
      emptyOutDir: true,
      assetsDir: "assets",
      // Vega is large and loaded only when a chart opens; the chat route's own chunks stay far below this.
      chunkSizeWarningLimit: 1500,
      // A second page: the diagram canvas Mermaid draws in, served by Penny under its own CSP (routes/web.ts).
      rolldownOptions: { input: { main: "index.html", diagramCanvas: "diagram-canvas.html" } },
    },
    server: {
      proxy: { "/v1": apiTarget, "/healthz": apiTarget },
    },
  };
});
