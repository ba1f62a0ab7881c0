// The checkout the benches run: the data it needs (a fresh PostgreSQL database with the bench
// catalogue, a shipping option and a promotion code) and one shopper's path from an empty cart to
// an order, as GraphQL calls through a `call` the caller supplies (over HTTP, or in-process to
// count statements).
import { createApp } from "../src/framework/app.ts";
import { loadConfig } from "../src/framework/config/load-config.ts";
import { openDatabase } from "../src/framework/database/database.ts";
import { currentProject } from "../src/framework/paths.ts";
import { createFreshDatabase } from "./fresh-database.ts";
import { seedCatalogue } from "./seed-catalogue.ts";
import { seedCommerce } from "./seed-commerce.ts";

const products = 50;
const promotionCode = "BENCH10";

/** A GraphQL call of one checkout operation: the payload of its single root field. */
export type CheckoutCall = (
  operation: string,
  query: string,
  variables: Record<string, unknown>,
) => Promise<Record<string, unknown>>;

/** What a shopper needs: the publishable key, the region and the variants to pick from. */
export interface CheckoutData {
  url: string;
  key: string;
  regionId: string;
  variants: string[];
  drop: () => Promise<void>;
}

/** The shipping option and promotion the shoppers use, written through the modules' services. */
async function seedCheckout(url: string, locationId: string): Promise<void> {
  const config = await loadConfig(currentProject().root);
  const app = await createApp({
    config: {
      ...config,
      projectConfig: { ...config.projectConfig, databaseUrl: url, jobsEnabled: false },
      admin: { ...config.admin, disable: true },
    },
    migrate: false,
  });
  try {
    const c = app.container;
    const fulfillment = c.resolve("fulfillment");
    const profile = await fulfillment.createShippingProfiles({ name: "Bench profile", type: "default" });
    const [set] = await fulfillment.createFulfillmentSetsWithZones([
      {
        name: "Bench delivery",
        type: "shipping",
        service_zones: [{ name: "Denmark", geo_zones: [{ type: "country" as const, country_code: "dk" }] }],
      },
    ]);
    const zone = set ? (await fulfillment.listServiceZones({ fulfillment_set_id: set.id }))[0] : undefined;
    if (!set || !zone) throw new Error("no service zone");
    const link = c.resolve("link");
    await link.create({
      stockLocation: { stock_location_id: locationId },
      fulfillment: { fulfillment_set_id: set.id },
    });
    await link.create({
      stockLocation: { stock_location_id: locationId },
      fulfillment: { fulfillment_provider_id: "manual_manual" },
    });
    const [option] = await fulfillment.createShippingOptionsWithRules([
      {
        name: "Bench shipping",
        price_type: "flat",
        service_zone_id: zone.id,
        shipping_profile_id: profile.id,
        provider_id: "manual_manual",
        data: {},
        type: { label: "Standard", description: "Bench", code: "standard" },
      },
    ]);
    const [prices] = await c
      .resolve("pricing")
      .createPriceSetsWithPrices([{ prices: [{ amount: "4.90", currency_code: "eur" }] }]);
    if (!option || !prices) throw new Error("no shipping option");
    await link.create({ fulfillment: { shipping_option_id: option.id }, pricing: { price_set_id: prices.id } });
    await c.resolve("promotion").createPromotionsWithDetails([
      {
        code: promotionCode,
        status: "active",
        application_method: { type: "percentage", target_type: "items", allocation: "across", value: "10" },
      },
    ]);
  } finally {
    await app.close();
  }
}

/** One shopper's checkout, start to order, through `call` (which throws on any error or userError). */
export async function checkout(call: CheckoutCall, data: Pick<CheckoutData, "regionId" | "variants">): Promise<void> {
  const pick = () => data.variants[Math.floor(Math.random() * data.variants.length)] as string;
  const { cart } = (await call(
    "createCart",
    `mutation($input: CreateCartInput!) { createCart(input: $input) { cart { id } userErrors { message } } }`,
    { input: { regionId: data.regionId, email: "shopper@example.com" } },
  )) as { cart: { id: string } };
  const cartId = cart.id;
  for (const variantId of [pick(), pick(), pick()])
    await call(
      "addCartLineItem",
      `mutation($input: AddCartLineItemInput!) { addCartLineItem(input: $input) { cart { id } userErrors { message } } }`,
      { input: { cartId, variantId, quantity: 1 } },
    );
  await call(
    "updateCart",
    `mutation($input: UpdateCartInput!) { updateCart(input: $input) { cart { id } userErrors { message } } }`,
    {
      input: {
        id: cartId,
        shippingAddress: { firstName: "Bench", address1: "Vesterbrogade 1", city: "Copenhagen", countryCode: "dk" },
      },
    },
  );
  const options = (await call(
    "shippingOptionsForCart",
    "query($id: ID!) { shippingOptionsForCart(cartId: $id) { id } }",
    {
      id: cartId,
    },
  )) as unknown as { id: string }[];
  await call(
    "addShippingMethodToCart",
    `mutation($input: AddShippingMethodToCartInput!) { addShippingMethodToCart(input: $input) { cart { id } userErrors { message } } }`,
    { input: { cartId, optionId: options[0]?.id } },
  );
  await call(
    "applyCartPromotionCodes",
    `mutation($input: ApplyCartPromotionCodesInput!) { applyCartPromotionCodes(input: $input) { cart { id } userErrors { message } } }`,
    { input: { cartId, codes: [promotionCode] } },
  );
  await call(
    "initiateCartPaymentSession",
    `mutation($input: InitiateCartPaymentSessionInput!) { initiateCartPaymentSession(input: $input) { payment { paymentCollectionId } userErrors { message } } }`,
    { input: { cartId, providerId: "pp_system_default" } },
  );
  const { order } = (await call(
    "completeCart",
    `mutation($input: CompleteCartInput!) { completeCart(input: $input) { order { id } userErrors { message } } }`,
    { input: { cartId } },
  )) as { order: { id: string } | null };
  if (!order?.id) throw new Error("no order");
}

/** The payload of a GraphQL answer's single root field; throws on errors and userErrors. */
export function payloadOf(body: {
  data?: Record<string, unknown> | null;
  errors?: unknown[];
}): Record<string, unknown> {
  const payload = Object.values(body.data ?? {})[0] as { userErrors?: unknown[] } | null | undefined;
  if (body.errors?.length || payload?.userErrors?.length || !payload)
    throw new Error(JSON.stringify(body.errors ?? payload?.userErrors ?? body).slice(0, 300));
  return payload as Record<string, unknown>;
}

/** A fresh database on the PostgreSQL server at `serverUrl`, migrated and seeded for checkout; `drop` removes it. */
export async function prepareCheckoutDatabase(serverUrl: string): Promise<CheckoutData> {
  const { url, drop } = await createFreshDatabase(serverUrl, "checkout");
  try {
    const db = await openDatabase({ kind: "postgres", url });
    try {
      await db.migrate();
      const catalogue = await seedCatalogue(db, products);
      const commerce = await seedCommerce(db, catalogue.channelId);
      // Plenty of stock: the bench measures checkout, not running out.
      await db.prisma.$executeRawUnsafe("UPDATE inventory_level SET stocked_quantity = 1000000");
      const variants = (await db.prisma.productVariant.findMany({ select: { id: true } })).map((v) => v.id);
      await seedCheckout(url, commerce.locationId);
      return { url, key: catalogue.token, regionId: commerce.regionId, variants, drop };
    } finally {
      await db.close();
    }
  } catch (error) {
    await drop();
    throw error;
  }
}
