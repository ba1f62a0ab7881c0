import path from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import type { InlineConfig } from "vite";
import { adminExtensions } from "./extensions-plugin.ts";

/** The dashboard's sources (index.html, src/, sdk/). */
export const adminRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface AdminViteOptions {
  /** The project whose `src/admin` extensions are built in. */
  projectRoot: string;
  /** Where `vite build` writes (absolute). */
  outDir: string;
  /** The URL path the dashboard is served at, e.g. "/app". */
  base: string;
}

/** The Vite config shared by `tessera build` and the dev middleware. */
export function adminViteConfig({ projectRoot, outDir, base }: AdminViteOptions): InlineConfig {
  const checkout = path.resolve(adminRoot, "..");
  return {
    configFile: false,
    root: adminRoot,
    base: `${base.replace(/\/$/, "")}/`,
    logLevel: "warn",
    plugins: [react(), adminExtensions(path.join(projectRoot, "src", "admin"))],
    // One React for the dashboard and the project's extensions, wherever they import it from.
    resolve: { dedupe: ["react", "react-dom", "react-router", "react-router-dom"] },
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 1024 },
    server: { fs: { allow: [checkout, projectRoot] } },
  };
}
