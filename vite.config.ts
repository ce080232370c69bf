import { fileURLToPath } from "node:url";
import { defineConfig, type ProxyOptions } from "vite";
import react from "@vitejs/plugin-react";
import { precompress } from "./scripts/precompress";

// The browser app lives in client/; the server serves dist/client as static files with an SPA fallback.
// In development the Vite server forwards the API and the collaboration socket to the Penholder server.
const apiTarget = "http://localhost:8787";

// The Host header is passed through unchanged (changeOrigin: false) so the server's same-origin check sees the
// origin the browser is actually on.
const proxy: Record<string, ProxyOptions> = {
  "/api": { target: apiTarget, changeOrigin: false },
  "/collab": { target: apiTarget, changeOrigin: false, ws: true },
};

export default defineConfig({
  root: fileURLToPath(new URL("./client", import.meta.url)),
  publicDir: "public",
  plugins: [react(), precompress()],
  build: {
    outDir: fileURLToPath(new URL("./dist/client", import.meta.url)),
    emptyOutDir: true,
    // Source maps would publish the whole client source next to the app; build them only when debugging
    // (PENHOLDER_SOURCEMAPS=1 npm run build), and they are then served like any other file.
    sourcemap: process.env.PENHOLDER_SOURCEMAPS === "1",
  },
  server: { host: "localhost", port: 5173, proxy },
  preview: { host: "localhost", port: 4173, proxy },
});
