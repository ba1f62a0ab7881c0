import { createHmac, timingSafeEqual } from "node:crypto";
import type { MedusaRequest, MedusaResponse } from "../../../../../src/framework/http/index.ts";

/** The shared secret a webhook sender signs with (a real one comes from the module's options). */
export const WEBHOOK_SECRET = process.env.WEBHOOK_SECRET ?? "whsec_example";

// The seed's "Parse Webhook Body": the raw bytes (req.rawBody) are what the signature covers.
export const POST = (req: MedusaRequest, res: MedusaResponse) => {
  const raw = req.rawBody ?? Buffer.alloc(0);
  const expected = createHmac("sha256", WEBHOOK_SECRET).update(raw).digest();
  const given = Buffer.from(String(req.headers["x-signature"] ?? ""), "hex");
  const valid = given.length === expected.length && timingSafeEqual(given, expected);
  if (!valid) {
    res.status(401).json({ type: "unauthorized", message: "Bad signature" });
    return;
  }
  res.json({ received: true, bytes: raw.length });
};
