import { builder } from "../../../framework/graphql/builder.ts";
import type { GraphQLContext } from "../../../framework/graphql/context.ts";
import { UserError, type UserErrorShape } from "../../../framework/graphql/user-errors.ts";
import { modelRef } from "../../../framework/links/graphql-refs.ts";
import { Modules } from "../../../modules/index.ts";

type Record_ = Record<string, unknown> & { id: string };

/** A record a lifecycle workflow wrote: its model, its payload field's description and how it is read again. */
interface WrittenRecord {
  model: string;
  description: string;
  read: (ctx: GraphQLContext, id: string) => Promise<Record_>;
}

/** A model lifecycle workflows write and how it is read again; the payload field adds its description. */
const writtenRecord =
  (model: string, read: WrittenRecord["read"]) =>
  (description: string): WrittenRecord => ({ model, description, read });
const orders = (ctx: GraphQLContext) => ctx.scope.resolve(Modules.ORDER);

/** The records lifecycle workflows write, read again by id for their payloads. */
export const written = {
  return: writtenRecord("Return", (ctx, id) => orders(ctx).retrieveReturn(id)),
  exchange: writtenRecord("OrderExchange", (ctx, id) => orders(ctx).retrieveExchange(id)),
  claim: writtenRecord("OrderClaim", (ctx, id) => orders(ctx).retrieveClaim(id)),
  fulfillment: writtenRecord("Fulfillment", (ctx, id) =>
    ctx.scope.resolve(Modules.FULFILLMENT).retrieveFulfillment(id),
  ),
};

/** The order a mutation changed, the records it wrote (`return`) and those it names by id (`returnId`). */
export type LifecycleShape<R extends string, I extends string> = { userErrors: UserErrorShape[] } & {
  order?: Record_ | null;
} & { [P in R]?: Record_ | null } & { [P in I as `${P}Id`]?: string | null };

/** What a lifecycle workflow answers: the order's id and each record's, as `<field>_id`. */
export type LifecycleOutput<F extends string> = { order_id: string } & Record<`${F}_id`, string>;

/**
 * `{ order, <records>, <record>Id…, userErrors }`: the payload of an order lifecycle mutation, and
 * `result`, which fills it after the workflow: the order and each record read again by the id the
 * workflow answered as `<field>_id` (`records: { fulfillment }` reads `fulfillment_id`; `ids: {
 * return }` answers `return_id` as `returnId`).
 */
export function lifecyclePayload<const R extends string = never, const I extends string = never>(
  name: string,
  spec: {
    /** The order field's description. */
    order?: string;
    records?: Record<R, WrittenRecord>;
    /** Records the payload names only by id: the field `<key>Id`, with its description. */
    ids?: Record<I, string>;
  },
) {
  type Shape = LifecycleShape<R, I>;
  const records = Object.entries<WrittenRecord>(spec.records ?? ({} as Record<R, WrittenRecord>));
  const ids = Object.entries<string>(spec.ids ?? ({} as Record<I, string>));
  const field = (p: Shape, key: string) => (p as Record<string, unknown>)[key] ?? null;
  const ref = builder.objectRef<Shape>(name).implement({
    fields: (t) => ({
      order: t.field({
        type: modelRef("Order"),
        nullable: true,
        description: spec.order ?? "The order as it stands after the change.",
        resolve: (p) => field(p, "order") as never,
      }),
      ...Object.fromEntries(
        records.map(([key, r]) => [
          key,
          t.field({
            type: modelRef(r.model),
            nullable: true,
            description: r.description,
            resolve: (p) => field(p, key) as never,
          }),
        ]),
      ),
      ...Object.fromEntries(
        ids.map(([key, description]) => [
          `${key}Id`,
          t.id({ nullable: true, description, resolve: (p) => field(p, `${key}Id`) as string | null }),
        ]),
      ),
      userErrors: t.field({ type: [UserError], resolve: (p) => p.userErrors }),
    }),
  });
  const result = async (output: LifecycleOutput<R | I>, _input: unknown, ctx: GraphQLContext) => {
    const idOf = (key: string) => (output as Record<string, string>)[`${key}_id`] ?? "";
    const payload: Record<string, unknown> = { order: await orderOf(ctx, output.order_id) };
    for (const [key, r] of records) payload[key] = await r.read(ctx, idOf(key));
    for (const [key] of ids) payload[`${key}Id`] = idOf(key);
    return payload as Omit<Shape, "userErrors">;
  };
  return { ref, result };
}

/** The order re-read after a change. */
const orderOf = (ctx: GraphQLContext, id: string) => orders(ctx).retrieveOrder(id);

/** The acting admin or customer, recorded as `created_by`. */
export const actorOf = (ctx: GraphQLContext) => ctx.auth.actorId ?? null;
