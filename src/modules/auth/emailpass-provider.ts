import { hash, verify } from "@node-rs/argon2";
import { z } from "zod";
import { TesseraError } from "../../framework/errors/tessera-error.ts";
import type { AuthProvider } from "./provider.ts";

const credentials = z.object({
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(8, "must be at least 8 characters").max(256),
});

/** Verified against when the email is unknown, so an unknown email costs the same time as a wrong password. */
const decoyHash = hash("decoy-password-never-matches");

/** Email and password, hashed with Argon2id (OWASP's parameters, @node-rs/argon2's defaults). */
export const emailpassProvider: AuthProvider = {
  identifier: "emailpass",
  parseCredentials(body) {
    const parsed = credentials.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = String(issue?.path[0] ?? "email");
      throw new TesseraError(TesseraError.Types.INVALID_DATA, `Invalid ${field}: ${issue?.message ?? "invalid"}`, {
        field: [field],
      });
    }
    return { entityId: parsed.data.email, secret: parsed.data.password };
  },
  async hashSecret(secret) {
    return { password: await hash(secret) };
  },
  async verifySecret(secret, stored) {
    const stored_hash = typeof stored?.password === "string" ? stored.password : null;
    if (!stored_hash) {
      await verify(await decoyHash, secret);
      return false;
    }
    try {
      return await verify(stored_hash, secret);
    } catch {
      return false;
    }
  },
};
