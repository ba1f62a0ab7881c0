import { parseArgs } from "node:util";
import { dbCheck, dbGenerate, dbMigrate } from "./db-commands.ts";
import { build, dev, exec, seed, start } from "./app-commands.ts";
import { apiKeyCommand, userCommand } from "./auth-commands.ts";

type Command = (positionals: string[], flags: Record<string, string | boolean | undefined>) => Promise<number>;

/** Every CLI command with its one-line help. */
const commands: Record<string, { run: Command; usage: string }> = {
  start: {
    run: start,
    usage: "start                 start the server (PORT, DATABASE_URL, REDIS_URL from the environment)",
  },
  dev: { run: dev, usage: "dev                   start the server and restart it when a source file changes" },
  build: { run: build, usage: "build                 build the admin dashboard (with src/admin extensions) for /app" },
  "db:generate": {
    run: dbGenerate,
    usage:
      "db:generate <module>  write a migration for the module's schema changes (`links`: link tables, --allow-drop)",
  },
  "db:migrate": { run: dbMigrate, usage: "db:migrate            apply pending migrations" },
  "db:check": { run: dbCheck, usage: "db:check              fail when the schema has changes without a migration" },
  exec: { run: exec, usage: "exec <script> [args]  run a script's default export with the container" },
  seed: { run: seed, usage: "seed                  load the demo catalogue (skips what exists)" },
  user: { run: userCommand, usage: "user --email --password   create an admin user" },
  "api-key": {
    run: apiKeyCommand,
    usage: "api-key --title [--type]  create a secret (default) or publishable API key",
  },
};

function help(): string {
  return ["usage: tessera <command>", "", ...Object.values(commands).map((c) => `  ${c.usage}`)].join("\n");
}

/** Runs the CLI and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "help" || name === "--help") {
    console.log(help());
    return name ? 0 : 1;
  }
  const command = commands[name];
  if (!command) {
    console.error(`Unknown command "${name}".\n\n${help()}`);
    return 1;
  }
  const stringFlags = {
    email: { type: "string" },
    password: { type: "string" },
    title: { type: "string" },
    type: { type: "string" },
  } as const;
  const { positionals, values } = parseArgs({
    args: rest,
    allowPositionals: true,
    strict: false,
    options: stringFlags,
  });
  try {
    return await command.run(positionals, values);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return 1;
  }
}
