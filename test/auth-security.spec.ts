import { describe, expect, it } from "vitest";
import { beforeAll } from "vitest";
import { recordEvents } from "../src/framework/test-utils/events.ts";
import { createCustomerAccount, login } from "../src/framework/test-utils/auth-clients.ts";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";
import type { PasswordResetEvent } from "../src/modules/auth/events.ts";

integrationTestRunner({
  project: "examples/seed",
  testSuite: ({ api, getContainer }) => {
    let resets: ReturnType<typeof recordEvents<PasswordResetEvent>>;
    beforeAll(() => {
      resets = recordEvents<PasswordResetEvent>(getContainer().resolve("eventBus"), "auth.password_reset");
    });
    const resetEvents = () => resets.received;

    describe("password reset", () => {
      it("emits auth.password_reset with a token, which resets the password once", async () => {
        await createCustomerAccount(api, "rita@example.com", "old password");
        // The token is made after the answer: wait for the event like a notification subscriber would.
        const emitted = resets.next();
        const unknown = await api.anonymous.post("/auth/customer/emailpass/reset-password", {
          identifier: "nobody@example.com",
        });
        const known = await api.anonymous.post("/auth/customer/emailpass/reset-password", {
          identifier: "Rita@example.com",
        });
        await emitted;
        // The same answer either way: nothing tells whether an account exists.
        expect([known.status, known.data]).toEqual([201, undefined]);
        expect([unknown.status, unknown.data]).toEqual([known.status, known.data]);
        expect(resetEvents()).toEqual([
          { entity_id: "rita@example.com", token: expect.any(String), actor_type: "customer" },
        ]);
        expect(resetEvents()).toHaveLength(1);
        expect((await api.anonymous.post("/auth/customer/emailpass/reset-password", { identifier: "" })).status).toBe(
          400,
        );
        expect(
          (await api.anonymous.post("/auth/customer/github/reset-password", { identifier: "rita@example.com" })).status,
        ).toBe(404);
        const { token } = resetEvents()[0] as PasswordResetEvent;

        const weak = await api.anonymous.post("/auth/customer/emailpass/update", { token, password: "short" });
        expect(weak).toMatchObject({ status: 400, data: { type: "invalid_data" } });
        const reset = await api.anonymous.post(
          "/auth/customer/emailpass/update",
          { password: "new password" },
          { headers: { authorization: `Bearer ${token}` } },
        );
        expect(reset).toMatchObject({ status: 200, data: { success: true } });
        expect(await login(api, "customer", "rita@example.com", "new password")).toMatch(/^ey/);
        expect(
          (
            await api.anonymous.post("/auth/customer/emailpass", {
              email: "rita@example.com",
              password: "old password",
            })
          ).status,
        ).toBe(401);
        const reused = await api.anonymous.post("/auth/customer/emailpass/update", {
          token,
          password: "third password",
        });
        expect(reused).toMatchObject({ status: 401, data: { type: "unauthorized" } });
        expect(
          (await api.anonymous.post("/auth/customer/emailpass/update", { token: "forged", password: "third password" }))
            .status,
        ).toBe(401);
      });
    });

    describe("login", () => {
      it("answers a wrong password and an unknown email the same way", async () => {
        const wrong = await api.anonymous.post("/auth/customer/emailpass", {
          email: "rita@example.com",
          password: "not it at all",
        });
        const unknown = await api.anonymous.post("/auth/customer/emailpass", {
          email: "ghost@example.com",
          password: "not it at all",
        });
        expect(wrong).toMatchObject({
          status: 401,
          data: { type: "unauthorized", message: "Invalid email or password" },
        });
        expect([unknown.status, unknown.data]).toEqual([wrong.status, wrong.data]);
        const malformed = await api.anonymous.post("/auth/customer/emailpass", {
          email: "not-an-email",
          password: "whatever!",
        });
        expect(malformed).toMatchObject({ status: 400, data: { type: "invalid_data" } });
      });

      it("locks an identity out after repeated failures, even with the right password", async () => {
        await createCustomerAccount(api, "sam@example.com", "sam's password");
        for (let i = 0; i < 5; i++) {
          expect(
            (
              await api.anonymous.post("/auth/customer/emailpass", {
                email: "sam@example.com",
                password: `guess number ${i}`,
              })
            ).status,
          ).toBe(401);
        }
        const locked = await api.anonymous.post("/auth/customer/emailpass", {
          email: "sam@example.com",
          password: "sam's password",
        });
        expect(locked).toMatchObject({ status: 429, data: { type: "too_many_requests" } });
        expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
        // Another identity from the same address is not locked yet.
        expect(await login(api, "customer", "rita@example.com", "new password")).toMatch(/^ey/);
      });

      it("locks an IP out after many failures across identities", async () => {
        const { throttle } = getContainer().resolve("auth");
        for (let i = 0; i < 20; i++) await throttle.fail(`spray-${i}@example.com`, "10.0.0.9");
        expect(await throttle.retryAfter("fresh@example.com", "10.0.0.9")).toBeGreaterThan(0);
        expect(await throttle.retryAfter("fresh@example.com", "10.0.0.10")).toBe(0);
      });
    });

    describe("tokens", () => {
      it("refuses tampered, foreign and missing bearer tokens", async () => {
        const token = await login(api, "customer", "rita@example.com", "new password");
        const [header, payload] = token.split(".");
        const forged = `${header}.${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload ?? "", "base64url").toString()), actor_type: "user" })).toString("base64url")}.${token.split(".")[2]}`;
        expect((await api.as({ authorization: `Bearer ${forged}` }).get("/custom/admin")).status).toBe(401);
        expect((await api.as({ authorization: `Bearer ${token}` }).post("/auth/token/refresh", {})).status).toBe(200);
        expect((await api.anonymous.post("/auth/token/refresh", {})).status).toBe(401);
        expect((await api.as({ authorization: "Bearer nonsense" }).post("/auth/session", {})).status).toBe(401);
      });
    });
  },
});
