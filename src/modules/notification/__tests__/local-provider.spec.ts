import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { createLogger } from "../../../framework/logger.ts";
import { LocalNotificationProvider } from "../providers/local.ts";

const message = {
  to: "ann@example.com",
  channel: "email",
  template: "verify-email-template",
  data: { url: "https://storefront.com/verify-email?token=secret-link-token" },
};

describe("the local notification provider", () => {
  const dirs: string[] = [];
  afterEach(async () => {
    await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
  });

  function logged() {
    const lines: string[] = [];
    const logger = createLogger({
      level: "trace",
      destination: new Writable({
        write(chunk, _e, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    });
    return { logger, lines };
  }

  it("writes the whole message to the outbox, and only where it went to the log", async () => {
    const outbox = await mkdtemp(path.join(tmpdir(), "outbox-"));
    dirs.push(outbox);
    const { logger, lines } = logged();
    const { externalId } = await new LocalNotificationProvider(logger, path.join(outbox, "mail")).send(message);
    const files = await readdir(path.join(outbox, "mail"));
    expect(files).toEqual([expect.stringMatching(/verify-email-template-ann@example\.com\.json$/)]);
    expect(externalId).toBe(path.join(outbox, "mail", files[0] ?? ""));
    expect(JSON.parse(await readFile(externalId ?? "", "utf8"))).toEqual(message);
    expect(lines.join("")).toContain("ann@example.com");
    expect(lines.join("")).not.toContain("secret-link-token");
  });

  it("without an outbox, logs the recipient and never the data", async () => {
    const { logger, lines } = logged();
    expect(await new LocalNotificationProvider(logger).send(message)).toEqual({});
    expect(lines.join("")).toContain("verify-email-template");
    expect(lines.join("")).not.toContain("secret-link-token");
  });
});
