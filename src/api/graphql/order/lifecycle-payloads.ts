import { builder } from "../../../framework/graphql/builder.ts";
import type { GraphQLContext } from "../../../framework/graphql/context.ts";
import { UserError, type UserErrorShape } from "../../../framework/graphql/user-errors.ts";
import { modelRef } from "../../../framework/links/graphql-refs.ts";
import { Modules } from "../../../modules/index.ts";

type Record_ = Record<string, unknown> & { id: string };

/** The order a mutation changed and the records it wrote (a fulfillment, a return, ...). */
export type LifecycleShape = { userErrors: UserErrorShape[] } & Partial<Record<string, Record_ | null>>;

/**
 * `{ order, <records>, userErrors }`: the payload of an order lifecycle mutation. `records` maps
 * each field to its model (`{ fulfillment: "Fulfillment" }`) and its description.
 */
export function lifecyclePayload(name: string, records: Record<string, { model: string; description: string }>) {
  return builder.objectRef<LifecycleShape>(name).implement({
    fields: (t) => ({
      order: t.field({
        type: modelRef("Order"),
        nullable: true,
        description: "The order as it stands after the change.",
        resolve: (p) => (p.order ?? null) as never,
      }),
      ...Object.fromEntries(
        Object.entries(records).map(([field, r]) => [
          field,
          t.field({
            type: modelRef(r.model),
            nullable: true,
            description: r.description,
            resolve: (p) => (p[field] ?? null) as never,
          }),
        ]),
      ),
      userErrors: t.field({ type: [UserError], resolve: (p) => p.userErrors }),
    }),
  });
}

/** The order re-read after a change. */
export const orderOf = (ctx: GraphQLContext, id: string) => ctx.scope.resolve(Modules.ORDER).retrieveOrder(id);

/** The acting admin or customer, recorded as `created_by`. */
export const actorOf = (ctx: GraphQLContext) => ctx.auth.actorId ?? null;
