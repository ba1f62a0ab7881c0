import { expect, it } from "vitest";
import { createCustomerAccount } from "../src/framework/test-utils/auth-clients.ts";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";

/** What a caller can observe of an answer, minus the clock. */
function observable(res: { status: number; data: unknown; headers: Headers }) {
  const headers = Object.fromEntries(
    [...res.headers.entries()].filter(([name]) => !["date", "retry-after"].includes(name)),
  );
  return { status: res.status, data: res.data, headers, retryAfter: res.headers.has("retry-after") };
}

integrationTestRunner({
  testSuite: ({ api }) => {
    it("counts and locks bad logins for an unknown email exactly as for a known one", async () => {
      await createCustomerAccount(api, "known@example.com", "the right password");
      const attempt = (email: string, n: number) =>
        api.anonymous.post("/auth/customer/emailpass", { email, password: `wrong guess ${n}` });
      // Attempts 1-5 are refused with 401, the 6th is locked with 429: the same answer, headers included, either way.
      for (let n = 1; n <= 6; n++) {
        const [known, unknown] = [await attempt("known@example.com", n), await attempt("unknown@example.com", n)];
        expect(observable(unknown)).toEqual(observable(known));
        expect(known.status).toBe(n <= 5 ? 401 : 429);
        if (n === 6)
          expect(
            Math.abs(Number(unknown.headers.get("retry-after")) - Number(known.headers.get("retry-after"))),
          ).toBeLessThanOrEqual(1);
      }
      // Locked even with the right password.
      expect(
        (
          await api.anonymous.post("/auth/customer/emailpass", {
            email: "known@example.com",
            password: "the right password",
          })
        ).status,
      ).toBe(429);
    });
  },
});
