import type { TesseraContainer } from "../framework/container/container.ts";

const zones = [
  { name: "Europe", countries: ["de", "dk", "se", "fr", "es", "it", "gb"] },
  { name: "United States", countries: ["us"] },
];
const options = [
  { name: "Standard Shipping", code: "standard", description: "Ships in 2-3 days.", eur: "4.90", usd: "5.90" },
  { name: "Express Shipping", code: "express", description: "Ships in 24 hours.", eur: "9.90", usd: "12.90" },
];

/**
 * The demo's shipping, so checkout has options on a fresh install: a default shipping profile,
 * a fulfillment set at the European Warehouse with a Europe and a United States service zone,
 * and in each a flat "Standard Shipping" and "Express Shipping" (manual provider) priced in EUR
 * and USD. Runs once: an existing fulfillment set of that name leaves everything as it is.
 */
export async function seedShipping(container: TesseraContainer): Promise<void> {
  // A project may leave the fulfillment module out.
  if (!container.hasRegistration("fulfillment")) return;
  const fulfillment = container.resolve("fulfillment");
  if ((await fulfillment.listFulfillmentSets({ name: "European Warehouse delivery" }, { take: 1 })).length) return;
  const [warehouse] = await container
    .resolve("stockLocation")
    .listStockLocations({ name: "European Warehouse" }, { take: 1 });
  if (!warehouse) return;
  const [existing] = await fulfillment.listShippingProfiles({ name: "Default Shipping Profile" }, { take: 1 });
  const profile =
    existing ?? (await fulfillment.createShippingProfiles({ name: "Default Shipping Profile", type: "default" }));
  const [set] = await fulfillment.createFulfillmentSetsWithZones([
    {
      name: "European Warehouse delivery",
      type: "shipping",
      service_zones: zones.map((z) => ({
        name: z.name,
        geo_zones: z.countries.map((country_code) => ({ type: "country" as const, country_code })),
      })),
    },
  ]);
  if (!set) return;
  const link = container.resolve("link");
  await link.create({
    stockLocation: { stock_location_id: warehouse.id },
    fulfillment: { fulfillment_set_id: set.id },
  });
  const pricing = container.resolve("pricing");
  for (const zone of await fulfillment.listServiceZones({ fulfillment_set_id: set.id })) {
    for (const o of options) {
      const [option] = await fulfillment.createShippingOptionsWithRules([
        {
          name: o.name,
          price_type: "flat",
          service_zone_id: zone.id,
          shipping_profile_id: profile.id,
          provider_id: "manual_manual",
          data: { id: "manual-fulfillment" },
          type: { label: o.name.replace(" Shipping", ""), description: o.description, code: o.code },
        },
      ]);
      const [prices] = await pricing.createPriceSetsWithPrices([
        {
          prices: [
            { amount: o.eur, currency_code: "eur" },
            { amount: o.usd, currency_code: "usd" },
          ],
        },
      ]);
      if (option && prices)
        await link.create({
          fulfillment: { shipping_option_id: option.id },
          pricing: { price_set_id: prices.id },
        });
    }
  }
}
