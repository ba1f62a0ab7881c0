import { pino, type DestinationStream, type Logger as PinoLogger } from "pino";

/** The structured logger registered as `logger`. Fields a secret may hide in are redacted. */
export type Logger = PinoLogger;

/** `destination` defaults to stdout; tests pass a stream to read what was logged. */
export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
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
    options.destination ?? pino.destination(1),
  );
}
