// `npm run bench:checkout`: completed carts per second on PostgreSQL. BENCH_SHOPPERS (20)
// shoppers run at once, each in a loop for BENCH_DURATION seconds (10): create a cart, add 3
// items, set email and address, pick a shipping option, apply a promotion code, create the
// payment collection and a session with the system provider, complete the cart. Every answer is
// checked (a failed step counts as a failure, never as a completed cart).
// Needs BENCH_DATABASE_URL (or DATABASE_URL): a fresh database is created there and dropped.
import pg from "pg";
import { createApp } from "../src/framework/app.ts";
import { loadConfig } from "../src/framework/config/load-config.ts";
import { openDatabase } from "../src/framework/database/database.ts";
import { currentProject } from "../src/framework/paths.ts";
import { seedCatalogue } from "./seed-catalogue.ts";
import { seedCommerce } from "./seed-commerce.ts";
import { freePort, startServer } from "./server.ts";

const shoppers = Number(process.env.BENCH_SHOPPERS ?? 20);
const duration = Number(process.env.BENCH_DURATION ?? 10);
const products = 50;
const promotionCode = "BENCH10";

type Gql = { data?: Record<string, unknown>; errors?: { message: string }[] };

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

/** One shopper's checkout, start to order; throws on any error or userError. */
async function checkout(url: string, key: string, regionId: string, variants: string[]): Promise<void> {
  const call = async (query: string, variables: Record<string, unknown>) => {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-publishable-api-key": key },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as Gql;
    const payload = Object.values(body.data ?? {})[0] as { userErrors?: { message: string }[] } | null;
    if (body.errors?.length || payload?.userErrors?.length || !payload)
      throw new Error(JSON.stringify(body.errors ?? payload?.userErrors ?? body).slice(0, 300));
    return payload as Record<string, { id: string } & Record<string, unknown>>;
  };
  const pick = () => variants[Math.floor(Math.random() * variants.length)] as string;
  const { cart } = await call(
    `mutation($input: CreateCartInput!) { createCart(input: $input) { cart { id } userErrors { message } } }`,
    { input: { regionId, email: "shopper@example.com" } },
  );
  const cartId = cart?.id;
  for (const variantId of [pick(), pick(), pick()])
    await call(
      `mutation($input: AddCartLineItemInput!) { addCartLineItem(input: $input) { cart { id } userErrors { message } } }`,
      { input: { cartId, variantId, quantity: 1 } },
    );
  await call(
    `mutation($input: UpdateCartInput!) { updateCart(input: $input) { cart { id } userErrors { message } } }`,
    {
      input: {
        id: cartId,
        shippingAddress: { firstName: "Bench", address1: "Vesterbrogade 1", city: "Copenhagen", countryCode: "dk" },
      },
    },
  );
  const options = (await fetchOptions(url, key, cartId as string)) ?? [];
  await call(
    `mutation($input: AddShippingMethodToCartInput!) { addShippingMethodToCart(input: $input) { cart { id } userErrors { message } } }`,
    { input: { cartId, optionId: options[0] } },
  );
  await call(
    `mutation($input: ApplyCartPromotionCodesInput!) { applyCartPromotionCodes(input: $input) { cart { id } userErrors { message } } }`,
    { input: { cartId, codes: [promotionCode] } },
  );
  await call(
    `mutation($input: InitiateCartPaymentSessionInput!) { initiateCartPaymentSession(input: $input) { payment { paymentCollectionId } userErrors { message } } }`,
    { input: { cartId, providerId: "pp_system_default" } },
  );
  const { order } = await call(
    `mutation($input: CompleteCartInput!) { completeCart(input: $input) { order { id } userErrors { message } } }`,
    { input: { cartId } },
  );
  if (!order?.id) throw new Error("no order");
}

async function fetchOptions(url: string, key: string, cartId: string): Promise<string[] | undefined> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", "x-publishable-api-key": key },
    body: JSON.stringify({
      query: "query($id: ID!) { shippingOptionsForCart(cartId: $id) { id } }",
      variables: { id: cartId },
    }),
  });
  const body = (await res.json()) as { data?: { shippingOptionsForCart: { id: string }[] } };
  return body.data?.shippingOptionsForCart.map((o) => o.id);
}

async function run(serverUrl: string): Promise<void> {
  const name = `tessera_bench_checkout_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  try {
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const db = await openDatabase({ kind: "postgres", url: url.toString() });
    let key: string;
    let regionId: string;
    let variants: string[];
    try {
      await db.migrate();
      const catalogue = await seedCatalogue(db, products);
      const commerce = await seedCommerce(db, catalogue.channelId);
      // Plenty of stock: the bench measures checkout, not running out.
      await db.prisma.$executeRawUnsafe("UPDATE inventory_level SET stocked_quantity = 1000000");
      key = catalogue.token;
      regionId = commerce.regionId;
      variants = (await db.prisma.productVariant.findMany({ select: { id: true } })).map((v) => v.id);
      await seedCheckout(url.toString(), commerce.locationId);
    } finally {
      await db.close();
    }
    const server = await startServer({ DATABASE_URL: url.toString(), PORT: String(await freePort()) });
    try {
      await checkout(server.url, key, regionId, variants); // warm-up, and a check that the flow works
      let completed = 0;
      let failed = 0;
      let firstError = "";
      const until = performance.now() + duration * 1000;
      const latencies: number[] = [];
      await Promise.all(
        Array.from({ length: shoppers }, async () => {
          while (performance.now() < until) {
            const start = performance.now();
            try {
              await checkout(server.url, key, regionId, variants);
              completed++;
              latencies.push(performance.now() - start);
            } catch (error) {
              failed++;
              firstError ||= String(error);
            }
          }
        }),
      );
      latencies.sort((a, b) => a - b);
      const at = (q: number) => (latencies[Math.floor(q * (latencies.length - 1))] ?? 0).toFixed(0);
      console.log(`| shoppers | carts/s | checkout p50 ms | checkout p99 ms | completed | failed |`);
      console.log(`|---|---|---|---|---|---|`);
      console.log(
        `| ${shoppers} | ${(completed / duration).toFixed(1)} | ${at(0.5)} | ${at(0.99)} | ${completed} | ${failed} |`,
      );
      if (failed) {
        console.error(`first failure: ${firstError}`);
        process.exitCode = 1;
      }
    } finally {
      await server.stop();
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

const postgresUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
if (!postgresUrl) {
  console.error("Set BENCH_DATABASE_URL=postgresql://… (the checkout bench runs on PostgreSQL).");
  process.exitCode = 1;
} else {
  console.log(`Checkout: ${shoppers} shoppers for ${duration}s, 3 items, shipping, a 10 % code, system payment.`);
  await run(postgresUrl);
}
