import path from "node:path";
import { fileURLToPath } from "node:url";

/** The project root (where package.json, tessera.config.ts and prisma/ live). */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** Where user code lives: modules, links, workflows, subscribers, jobs, api. */
export const sourceRoot = path.join(projectRoot, "src");
export const migrationsDir = path.join(projectRoot, "prisma", "migrations");
