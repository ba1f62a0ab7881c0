import type { OutputRef } from "@pothos/core";
import { isRedacted } from "../workflows/index.ts";
import { builder } from "./builder.ts";
import { UserError, type UserErrorShape } from "./user-errors.ts";

/** `{ <field>: T, userErrors }`: the payload of a mutation that returns one object. */
export function payloadType<const K extends string, T extends object>(name: string, field: K, ref: OutputRef<T>) {
  type Shape = { [P in K]?: T | null } & { userErrors: UserErrorShape[] };
  return builder.objectRef<Shape>(name).implement({
    fields: (t) => ({
      [field]: t.field({ type: ref, nullable: true, resolve: (payload) => (payload[field] ?? null) as never }),
      userErrors: t.field({ type: [UserError], resolve: (payload) => payload.userErrors }),
    }),
  });
}

/**
 * `{ <field>: T, token, userErrors }`: the payload of a create that shows a secret token once
 * (`token`'s description says where it goes).
 */
export function tokenPayloadType<const K extends string, T extends object>(
  name: string,
  field: K,
  ref: OutputRef<T>,
  tokenDescription: string,
) {
  type Shape = { [P in K]?: T | null } & { token?: string | null; userErrors: UserErrorShape[] };
  return builder.objectRef<Shape>(name).implement({
    fields: (t) => ({
      [field]: t.field({ type: ref, nullable: true, resolve: (payload) => (payload[field] ?? null) as never }),
      token: t.string({ nullable: true, description: tokenDescription, resolve: (payload) => payload.token ?? null }),
      userErrors: t.field({ type: [UserError], resolve: (payload) => payload.userErrors }),
    }),
  });
}

/** A token for a tokenPayloadType: null on a replay, whose stored result has it redacted (shown to the first call only). */
export const shownOnce = (token: string) => (isRedacted(token) ? null : token);

/** `{ deletedId, userErrors }`: the payload of a delete mutation. */
export const DeletePayload = builder
  .objectRef<{ deletedId?: string | null; userErrors: UserErrorShape[] }>("DeletePayload")
  .implement({
    fields: (t) => ({
      deletedId: t.id({ nullable: true, resolve: (p) => p.deletedId ?? null }),
      userErrors: t.field({ type: [UserError], resolve: (p) => p.userErrors }),
    }),
  });
