import { parseArgs } from "node:util";
import usage from "./usage.json";

type Command = (positionals: string[], flags: Record<string, string | boolean | undefined>) => Promise<number>;

// Commands load their module when they run: `--help` and a mistyped name answer without importing
// Prisma, the app and the GraphQL schema (measured: 8.5-10.6 s before, under 1 s after, on a loaded VM).
const db = () => import("./db-commands.ts");
const app = () => import("./app-commands.ts");
const auth = () => import("./auth-commands.ts");
const lazy =
  <M>(load: () => Promise<M>, pick: (module: M) => Command): Command =>
  async (positionals, flags) =>
    pick(await load())(positionals, flags);
const start = lazy(app, (m) => m.start);
// Not through app-commands.ts: the dev host must not load the app, which each of its reloads imports afresh.
const dev = lazy(
  () => import("./dev-server.ts"),
  (m) => m.dev,
);
const exec = lazy(app, (m) => m.exec);
const seed = lazy(app, (m) => m.seed);
const build = lazy(app, (m) => m.build);
const dbGenerate = lazy(db, (m) => m.dbGenerate);
const dbMigrate = lazy(db, (m) => m.dbMigrate);
const dbCheck = lazy(db, (m) => m.dbCheck);
const userCommand = lazy(auth, (m) => m.userCommand);
const apiKeyCommand = lazy(auth, (m) => m.apiKeyCommand);

/** Every CLI command; their one-line help is in usage.json, which `tessera --help` prints without starting tsx. */
const runners: Record<keyof typeof usage, Command> = {
  start,
  dev,
  build,
  "db:generate": dbGenerate,
  "db:migrate": dbMigrate,
  "db:check": dbCheck,
  exec,
  seed,
  user: userCommand,
  "api-key": apiKeyCommand,
};
const commands = Object.fromEntries(
  Object.entries(runners).map(([name, run]) => [name, { run, usage: usage[name as keyof typeof usage] }]),
) as Record<string, { run: Command; usage: string } | undefined>;

function help(): string {
  return ["usage: tessera <command>", "", ...Object.values(usage).map((line) => `  ${line}`)].join("\n");
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
