import { Writable } from "node:stream";
import { expect, it } from "vitest";
import { recordEvents } from "../src/framework/test-utils/events.ts";
import { createLogger } from "../src/framework/logger.ts";
import { bearer, createCustomerAccount, login } from "../src/framework/test-utils/auth-clients.ts";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";

const lines: string[] = [];
const sink = new Writable({
  write(chunk, _encoding, done) {
    lines.push(String(chunk));
    done();
  },
});

integrationTestRunner({
  project: "examples/seed",
  // Everything the app logs, at the most verbose level, lands in `lines`.
  logger: createLogger({ level: "trace", destination: sink }),
  testSuite: ({ api, getContainer }) => {
    it("never logs passwords, tokens or keys, even at trace level and on errors", async () => {
      const password = "pw-that-must-not-leak";
      const { token } = await createCustomerAccount(api, "quiet@example.com", password);
      await api.anonymous.post("/auth/customer/emailpass", {
        email: "quiet@example.com",
        password: "wrong-pw-must-not-leak",
      });
      const created = await api.graphql<{ createApiKey: { token: string } }, { input: unknown }>(
        "mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { token } }",
        { input: { title: "k", type: "SECRET" } },
      );
      const secret = created.data?.createApiKey.token ?? "";
      const emitted = recordEvents<{ token: string }>(getContainer().resolve("eventBus"), "auth.password_reset").next();
      await api.anonymous.post("/auth/customer/emailpass/reset-password", { identifier: "quiet@example.com" });
      const reset = await emitted;
      await api.anonymous.post("/auth/customer/emailpass/update", {
        token: reset.token,
        password: "another-pw-not-to-leak",
      });
      await api.as(bearer(token)).get("/custom/errors/boom");
      await api
        .as(bearer(await login(api, "customer", "quiet@example.com", "another-pw-not-to-leak")))
        .graphql("{ currentCustomer { email } }");
      const logged = lines.join("");
      expect(logged).toContain("unhandled error in HTTP route");
      for (const leak of [password, "wrong-pw-must-not-leak", "another-pw-not-to-leak", secret, reset.token, token]) {
        expect(logged.includes(leak)).toBe(false);
      }
    });
  },
});
