import { pino, type DestinationStream, type Logger as PinoLogger } from "pino";

/** The structured logger registered as `logger`. Fields a secret may hide in are redacted. */
export type Logger = PinoLogger;

/** `pretty`: one readable line per entry (development); `json`: one JSON object per line (production, log shippers). */
export type LogFormat = "pretty" | "json";

/** LOG_FORMAT when set (`pretty` or `json`), else JSON under NODE_ENV=production and pretty otherwise. */
export function logFormat(env: NodeJS.ProcessEnv = process.env): LogFormat {
  if (env.LOG_FORMAT === "json" || env.LOG_FORMAT === "pretty") return env.LOG_FORMAT;
  return env.NODE_ENV === "production" ? "json" : "pretty";
}

const levelNames: Record<number, string> = {
  10: "TRACE",
  20: "DEBUG",
  30: "INFO",
  40: "WARN",
  50: "ERROR",
  60: "FATAL",
};
// pino's own fields: the pretty line shows time, level and message; pid and hostname are noise locally.
const ownFields = new Set(["level", "time", "msg", "pid", "hostname", "err"]);

/** One pino JSON entry as `12:01:02 INFO  message key=value`, an error's stack on the lines below. */
export function prettyLine(json: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json.endsWith("\n") ? json : `${json}\n`;
  }
  const time = new Date(typeof entry.time === "number" ? entry.time : Date.now()).toTimeString().slice(0, 8);
  const level = (levelNames[Number(entry.level)] ?? "INFO").padEnd(5);
  const extras = Object.entries(entry)
    .filter(([key]) => !ownFields.has(key))
    .map(([key, value]) => `${key}=${typeof value === "string" ? value : JSON.stringify(value)}`);
  const err = entry.err as { stack?: string; message?: string } | undefined;
  const stack = err ? `\n    ${(err.stack ?? err.message ?? "").split("\n").join("\n    ")}` : "";
  return `${time} ${level} ${[entry.msg ?? "", ...extras].join(" ")}${stack}\n`;
}

/** A destination that prints pino's JSON entries as pretty lines (no worker thread, no extra package). */
function prettyDestination(out: DestinationStream): DestinationStream {
  return { write: (json: string) => out.write(prettyLine(json)) };
}

/**
 * The app's logger. `format` defaults to `logFormat()`; a given `destination` (tests read it)
 * gets JSON unless `format` says otherwise; `destination` defaults to stdout.
 */
export function createLogger(
  options: { level?: string; destination?: DestinationStream; format?: LogFormat } = {},
): Logger {
  const format = options.format ?? (options.destination ? "json" : logFormat());
  const out = options.destination ?? pino.destination(1);
  return pino(
    {
      level: options.level ?? process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
      redact: {
        paths: [
          "password",
          "*.password",
          "token",
          "*.token",
          "secret",
          "*.secret",
          "authorization",
          "*.authorization",
          "headers.cookie",
          "*.headers.cookie",
          "*.headers.authorization",
        ],
        censor: "[redacted]",
      },
    },
    format === "pretty" ? prettyDestination(out) : out,
  );
}

/**
 * Prints a line of the start banner (the URLs, the storefront key) in the log's format whatever
 * the log level: a process started with LOG_LEVEL=warn still says where it listens.
 */
export function announce(message: string, format: LogFormat = logFormat()): void {
  const json = JSON.stringify({ level: 30, time: Date.now(), pid: process.pid, msg: message });
  process.stdout.write(format === "pretty" ? prettyLine(json) : `${json}\n`);
}
