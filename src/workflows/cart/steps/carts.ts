import type { Metadata } from "../../../modules/cart/types.ts";
import { TesseraError } from "../../../framework/errors/tessera-error.ts";
import { createStep, StepResponse } from "../../../framework/workflows/index.ts";
import type { CartAddressInput } from "../../../modules/cart/types.ts";
import type { Context } from "../../../framework/modules/service-factory.ts";
import type CartModuleService from "../../../modules/cart/service.ts";
import { type CartRefreshUndo, refreshCart, refreshRelations } from "../refresh-state.ts";
import { undoRefreshedChange, withLockedCart } from "./locked.ts";

/** A new cart's columns (the region decides its currency). */
export interface CreateCartData {
  region_id: string;
  currency_code: string;
  sales_channel_id?: string | null;
  customer_id?: string | null;
  email?: string | null;
  shipping_address?: CartAddressInput | null;
  billing_address?: CartAddressInput | null;
  metadata?: Metadata | null;
}

const invalid = (message: string, field: string[]) =>
  new TesseraError(TesseraError.Types.INVALID_DATA, message, { field });

export const resolveCartRegionStepId = "resolve-cart-region";
/**
 * The region a cart is for: the one named, or the store's default; its currency is the cart's.
 * A currency asked for that the region does not use, or an unknown region, is INVALID_DATA.
 */
export const resolveCartRegionStep = createStep(
  resolveCartRegionStepId,
  async (input: { region_id?: string | null; currency_code?: string | null }, { container }) => {
    let regionId = input.region_id ?? null;
    if (!regionId && container.hasRegistration("store")) {
      const [store] = await container.resolve("store").listStores({}, { take: 1 });
      regionId = store?.default_region_id ?? null;
    }
    if (!regionId) throw invalid("A region is required (the store has no default region)", ["regionId"]);
    const [region] = await container.resolve("region").listRegions({ id: regionId });
    if (!region) throw invalid(`Region ${regionId} was not found`, ["regionId"]);
    const currency = input.currency_code?.toLowerCase();
    if (currency && currency !== region.currency_code)
      throw invalid(
        `Region ${region.name} sells in ${region.currency_code.toUpperCase()}, not ${currency.toUpperCase()}`,
        ["currencyCode"],
      );
    return new StepResponse({ region_id: region.id, currency_code: region.currency_code });
  },
);

export const createCartStepId = "create-cart";
/** Creates the cart with its addresses; compensation deletes them. */
export const createCartStep = createStep(
  createCartStepId,
  async (input: CreateCartData, { container }) => {
    const service = container.resolve("cart");
    const cart = await service.createCartWithAddresses(input);
    return new StepResponse({ id: cart.id }, cart.id);
  },
  async (id, { container }) => {
    const service = container.resolve("cart");
    const cart = await service.retrieveCart(id);
    await service.deleteCarts([id]);
    const addresses = [cart.shipping_address_id, cart.billing_address_id].filter((a): a is string => !!a);
    if (addresses.length) await service.deleteAddresses(addresses);
  },
);

/** What updateCart may change; addresses given replace the cart's. */
export interface UpdateCartData {
  id: string;
  email?: string | null;
  region_id?: string;
  currency_code?: string;
  customer_id?: string | null;
  shipping_address?: CartAddressInput | null;
  billing_address?: CartAddressInput | null;
  metadata?: Metadata | null;
}

type AddressRow = CartAddressInput & { id?: string; created_at?: unknown; updated_at?: unknown; deleted_at?: unknown };
const addressColumns = ({ id: _i, created_at: _c, updated_at: _u, deleted_at: _d, ...rest }: AddressRow) => rest;

export const updateCartStepId = "update-cart";
/**
 * Updates the cart's columns and addresses under its lock, then refreshes the cart in the same
 * transaction (refreshCart: one lock, one commit; the workflow's refresh runs only its hook).
 * Compensation puts the refresh back and writes back what the columns and addresses were.
 */
export const updateCartStep = createStep(
  updateCartStepId,
  async (input: UpdateCartData, { container }) => {
    const undo = await withLockedCart(container, input.id, async (ctx) => {
      const service = container.resolve("cart");
      // One read for the change and the refresh (see RefreshSeed): the refresh's relations and the billing address.
      const cart = await service.retrieveCart(
        input.id,
        {
          relations: [...refreshRelations, "billing_address"],
          relationLoadStrategy: "join",
        },
        ctx,
      );
      const previous = {
        id: cart.id,
        email: cart.email,
        region_id: cart.region_id ?? undefined,
        currency_code: cart.currency_code,
        customer_id: cart.customer_id,
        metadata: (cart.metadata as Metadata | null) ?? null,
        shipping_address: cart.shipping_address ? addressColumns(cart.shipping_address as AddressRow) : null,
        billing_address: cart.billing_address ? addressColumns(cart.billing_address as AddressRow) : null,
      } satisfies UpdateCartData;
      const written = await writeCart(service, input, ctx, cart);
      // The cart in memory as written, so the refresh goes on from it.
      Object.assign(cart, written.cart);
      if (written.shipping_address !== undefined) cart.shipping_address = written.shipping_address;
      return { previous, refresh: await refreshCart(container, input.id, ctx, { cart }) };
    });
    return new StepResponse({ id: input.id }, undo);
  },
  async (undo: { previous: UpdateCartData; refresh?: CartRefreshUndo }, { container }) => {
    await undoRefreshedChange(container, undo.previous.id, undo.refresh, (ctx) =>
      writeCart(container.resolve("cart"), undo.previous, ctx),
    );
  },
);

/**
 * Writes columns, and replaces an address given (null removes it; the old row is deleted). `read`:
 * the cart as the caller read it under the lock (else it is read here). Answers the cart's row as
 * written and its new shipping address (undefined when unchanged).
 */
async function writeCart(
  service: CartModuleService,
  data: UpdateCartData,
  ctx: Context,
  read?: { shipping_address_id: string | null; billing_address_id: string | null },
) {
  const { id, shipping_address, billing_address, metadata, ...columns } = data;
  const cart = read ?? (await service.retrieveCart(id, {}, ctx));
  const replaced: Record<string, string | null> = {};
  const old: string[] = [];
  const replace = async (
    address: CartAddressInput | null | undefined,
    column: "shipping_address_id" | "billing_address_id",
  ) => {
    if (address === undefined) return undefined;
    const current = cart[column];
    if (current) old.push(current);
    const row = address ? await service.createAddresses(address, ctx) : null;
    replaced[column] = row?.id ?? null;
    return row;
  };
  const shippingAddress = await replace(shipping_address, "shipping_address_id");
  await replace(billing_address, "billing_address_id");
  const updated = await service.updateCarts(
    {
      id,
      ...Object.fromEntries(Object.entries(columns).filter(([, v]) => v !== undefined)),
      ...(metadata !== undefined ? { metadata: metadata ?? {} } : {}),
      ...replaced,
    },
    ctx,
  );
  if (old.length) await service.deleteAddresses(old, ctx);
  return { cart: updated, shipping_address: shippingAddress };
}
