import { describe, expect, it } from "vitest";
import { moduleIntegrationTestRunner } from "../../../framework/test-utils/runners.ts";
import type UserModuleService from "../service.ts";

moduleIntegrationTestRunner<UserModuleService>({
  moduleName: "user",
  resolve: "./modules/user",
  testSuite: ({ service }) => {
    describe("invites", () => {
      it("creates invites with a one-time token and accepts one into a user", async () => {
        const [invite] = await service.createInvites([{ email: "New@Example.com" }]);
        expect(invite?.token).toMatch(/^inv_/);
        const [stored] = await service.listUserInvites({ id: invite?.id });
        expect(stored).not.toHaveProperty("token");
        expect(stored?.token_hash).not.toBe(invite?.token);
        const user = await service.acceptInvite(invite?.token ?? "", { first_name: "New" });
        expect(user).toMatchObject({ email: "new@example.com", first_name: "New" });
        await expect(service.acceptInvite(invite?.token ?? "", {})).rejects.toMatchObject({ type: "unauthorized" });
        expect(await service.listUsers({ email: "new@example.com" })).toHaveLength(1);
      });

      it("takes the seed's calls as written: createInvites({ email }) and updateInvites({ id, accepted })", async () => {
        const invite = await service.createInvites({ email: "user@example.com" });
        expect(invite.token).toMatch(/^inv_/);
        const validated = await service.validateInviteToken(invite.token);
        const updated = await service.updateInvites({ id: validated.id, accepted: true });
        expect(updated).toMatchObject({ id: invite.id, accepted: true });
      });

      it("refuses an expired invite, and a refreshed token replaces the old one", async () => {
        const [invite] = await service.createInvites([{ email: "late@example.com" }]);
        await service.updateUserInvites({ id: invite?.id ?? "", expires_at: new Date(Date.now() - 1000) });
        await expect(service.validateInviteToken(invite?.token ?? "")).rejects.toMatchObject({ type: "unauthorized" });
        const [fresh] = await service.refreshInviteTokens([invite?.id ?? ""]);
        expect((await service.validateInviteToken(fresh?.token ?? "")).email).toBe("late@example.com");
        await expect(service.validateInviteToken(invite?.token ?? "")).rejects.toMatchObject({ type: "unauthorized" });
      });

      it("refuses a bad email or an existing user's email, creating none of the batch", async () => {
        const [, before] = await service.listAndCountUserInvites();
        await expect(
          service.createInvites([{ email: "ok@example.com" }, { email: "not an email" }]),
        ).rejects.toMatchObject({ type: "invalid_data", field: ["1", "email"] });
        await expect(
          service.createInvites([{ email: "ok@example.com" }, { email: "NEW@example.com" }]),
        ).rejects.toMatchObject({ type: "duplicate_error" });
        expect((await service.listAndCountUserInvites())[1]).toBe(before);
      });
    });
  },
});
