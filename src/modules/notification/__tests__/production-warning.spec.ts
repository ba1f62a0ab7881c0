import { Writable } from "node:stream";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createLogger } from "../../../framework/logger.ts";
import type { Database } from "../../../framework/database/database.ts";
import NotificationModuleService, { type NotificationModuleOptions } from "../service.ts";

/**
 * What the module logs when it is constructed with `options` (no query runs at construction):
 * pino writes each line to the stream as it logs, so it is all there once the constructor returns.
 */
function warnings(options: NotificationModuleOptions): string {
  const lines: string[] = [];
  const logger = createLogger({
    level: "warn",
    destination: new Writable({
      write(chunk, _e, done) {
        lines.push(String(chunk));
        done();
      },
    }),
  });
  new NotificationModuleService({ logger, db: {} as Database }, options);
  return lines.join("");
}

describe("the notification module in production", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("warns at start when email goes to the local provider, which sends nothing", () => {
    vi.stubEnv("NODE_ENV", "production");
    expect(warnings({})).toContain("email goes to the local provider");
    expect(warnings({ defaultProvider: "local" })).toContain("registration links and password resets reach no one");
    expect(warnings({ channels: { email: "sendgrid" } })).toBe("");
  });

  it("stays quiet outside production", () => {
    vi.stubEnv("NODE_ENV", "development");
    expect(warnings({})).toBe("");
  });
});
