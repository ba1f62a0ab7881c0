import type { TesseraContainer } from "../framework/container/container.ts";

/**
 * The commerce side of the demo: a store selling in EUR and USD, an EU region (EUR, prices
 * include VAT) and a US region (USD), tax regions for them and a warehouse. Running it again
 * adds only what is missing. Variant prices and stock arrive with the variant links.
 */
export async function seedCatalogCommerce(container: TesseraContainer): Promise<void> {
  const region = container.resolve("region");
  const pricing = container.resolve("pricing");
  const regions = [
    { name: "Europe", currency_code: "eur", countries: ["de", "dk", "se", "fr", "es", "it", "gb"], taxInclusive: true },
    { name: "United States", currency_code: "usd", countries: ["us"], taxInclusive: false },
  ];
  const regionIds: string[] = [];
  for (const { taxInclusive, ...input } of regions) {
    const [existing] = await region.listRegions({ name: input.name }, { take: 1 });
    const row = existing ?? (await region.createRegionsWithCountries([input]))[0];
    if (!row) continue;
    regionIds.push(row.id);
    await pricing.setPricePreference({ attribute: "region_id", value: row.id, is_tax_inclusive: taxInclusive });
  }

  const store = container.resolve("store");
  if (!(await store.listStores({}, { take: 1 })).length) {
    await store.createStoresWithCurrencies([
      {
        name: "Tessera Store",
        default_currency_code: "eur",
        supported_currency_codes: ["eur", "usd"],
        default_region_id: regionIds[0] ?? null,
      },
    ]);
  }

  const tax = container.resolve("tax");
  const rates: [string, string][] = [
    ["de", "19"],
    ["dk", "25"],
    ["se", "25"],
    ["fr", "20"],
    ["es", "21"],
    ["it", "22"],
    ["gb", "20"],
    ["us", "0"],
  ];
  for (const [country, rate] of rates) {
    if ((await tax.listTaxRegions({ country_code: country, province_code: null }, { take: 1 })).length) continue;
    await tax.createTaxRegionsWithRates([
      {
        country_code: country,
        default_tax_rate: { rate, code: `${country.toUpperCase()}-STD`, name: "Standard rate" },
      },
    ]);
  }
  if (!(await tax.listTaxRegions({ country_code: "us", province_code: "us-ca" }, { take: 1 })).length) {
    await tax.createTaxRegionsWithRates([
      {
        country_code: "us",
        province_code: "us-ca",
        default_tax_rate: { rate: "7.25", code: "CA", name: "California sales tax" },
      },
    ]);
  }

  const locations = container.resolve("stockLocation");
  if (!(await locations.listStockLocations({ name: "European Warehouse" }, { take: 1 })).length) {
    await locations.createLocationsWithAddress([
      {
        name: "European Warehouse",
        address: { address_1: "Nyhavn 1", city: "Copenhagen", country_code: "dk", postal_code: "1051" },
      },
    ]);
  }
}
