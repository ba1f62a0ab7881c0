import { describe, expect, it } from "vitest";
import { recordEvents } from "../../../framework/test-utils/events.ts";
import { moduleIntegrationTestRunner } from "../../../framework/test-utils/runners.ts";
import { MemoryAttemptCounters } from "../attempt-counters.ts";
import { LoginThrottle } from "../login-throttle.ts";
import type AuthModuleService from "../service.ts";

moduleIntegrationTestRunner<AuthModuleService>({
  moduleName: "auth",
  resolve: "./modules/auth",
  moduleOptions: { resetTokenMinutes: 0 },
  testSuite: ({ service, container, db }) => {
    describe("auth module", () => {
      it("stores an Argon2id hash, never the password", async () => {
        const identity = await service.register("emailpass", { email: "Hash@Example.com", password: "plain password" });
        const [provider] = await service.listProviderIdentities({ auth_identity_id: identity.id });
        expect(provider?.entity_id).toBe("hash@example.com");
        expect(JSON.stringify(provider?.provider_metadata)).toMatch(/^\{"password":"\$argon2id\$/);
        expect(JSON.stringify(provider?.provider_metadata)).not.toContain("plain password");
      });

      it("refuses malformed credentials and unknown providers with typed errors, writing nothing", async () => {
        const before = await service.listAndCountAuthIdentities();
        await expect(
          service.register("emailpass", { email: "x@example.com", password: "short" }),
        ).rejects.toMatchObject({ type: "invalid_data", field: ["password"] });
        await expect(service.register("emailpass", { email: "nope", password: "long enough" })).rejects.toMatchObject({
          type: "invalid_data",
          field: ["email"],
        });
        await expect(
          service.register("github", { email: "x@example.com", password: "long enough" }),
        ).rejects.toMatchObject({ type: "not_found" });
        expect((await service.listAndCountAuthIdentities())[1]).toBe(before[1]);
      });

      it("rejects an expired reset token and leaves the password as it was", async () => {
        const resets = recordEvents<{ token: string }>(container.resolve("eventBus"), "auth.password_reset");
        const next = resets.next();
        await service.generateResetPasswordToken("emailpass", "hash@example.com", "user");
        const { token } = await next;
        // resetTokenMinutes: 0 — the token is born expired.
        await expect(service.resetPassword("emailpass", token, "brand new password")).rejects.toMatchObject({
          type: "unauthorized",
        });
        expect(
          (await service.authenticate("emailpass", { email: "hash@example.com", password: "plain password" })).id,
        ).toBeTruthy();
        const rows = await db.prisma.authResetToken.findMany();
        expect(rows.every((r) => r.token_hash !== token && r.token_hash.length === 64)).toBe(true);
      });

      it("records one actor per type on an identity, and refuses a second", async () => {
        const identity = await service.register("emailpass", { email: "meta@example.com", password: "plain password" });
        await service.setAppMetadata(identity.id, "customer", "cus_1");
        await expect(service.setAppMetadata(identity.id, "customer", "cus_2")).rejects.toMatchObject({
          type: "invalid_data",
        });
        const updated = await service.setAppMetadata(identity.id, "user", "user_1");
        expect(service.authContextFor(updated, "customer")).toEqual({
          actor_id: "cus_1",
          actor_type: "customer",
          auth_identity_id: identity.id,
          app_metadata: { customer_id: "cus_1", user_id: "user_1" },
        });
        expect(service.authContextFor(updated, "manager").actor_id).toBe("");
      });
    });

    describe("login throttle", () => {
      it("opens again when the window has passed", async () => {
        let now = 0;
        const throttle = new LoginThrottle(
          { perIdentity: 2, perIp: 100, windowMs: 1000 },
          new MemoryAttemptCounters(() => now),
        );
        await throttle.fail("a", "ip");
        await throttle.fail("a", "ip");
        expect(await throttle.retryAfter("a", "ip")).toBe(1);
        now = 1001;
        expect(await throttle.retryAfter("a", "ip")).toBe(0);
        await throttle.fail("a", "ip");
        await throttle.succeed("a");
        expect(await throttle.retryAfter("a", "ip")).toBe(0);
      });
    });
  },
});
