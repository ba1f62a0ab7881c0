import type { ExecArgs } from "../framework/cli/app-commands.ts";
import { seedCatalogCommerce } from "./seed-catalog.ts";
import { seedVariantPricesAndStock } from "./seed-prices-stock.ts";
import { seedSalesChannelLinks } from "./seed-sales-channels.ts";
import { seedShipping } from "./seed-shipping.ts";

const catalogue = [
  {
    title: "Medusa T-Shirt",
    handle: "t-shirt",
    description: "Reimagine the feeling of a classic T-shirt.",
    sizes: ["S", "M", "L", "XL"],
    colors: ["Black", "White"],
    category: "shirts",
  },
  {
    title: "Medusa Sweatshirt",
    handle: "sweatshirt",
    description: "Reimagine the feeling of a classic sweatshirt.",
    sizes: ["S", "M", "L", "XL"],
    colors: [],
    category: "sweatshirts",
  },
  {
    title: "Medusa Sweatpants",
    handle: "sweatpants",
    description: "Reimagine the feeling of classic sweatpants.",
    sizes: ["S", "M", "L", "XL"],
    colors: [],
    category: "pants",
  },
  {
    title: "Medusa Shorts",
    handle: "shorts",
    description: "Reimagine the feeling of classic shorts.",
    sizes: ["S", "M", "L", "XL"],
    colors: [],
    category: "pants",
  },
];

/**
 * The demo catalogue: categories, a collection, tags and four products with variants. Running it
 * again adds only what is missing (matched by handle).
 */
export default async function seedDemo({ container }: ExecArgs): Promise<void> {
  await seedStorefrontKey(container);
  const product = container.resolve("product");
  const categoryIds = new Map<string, string>();
  for (const handle of ["shirts", "sweatshirts", "pants"]) {
    const [existing] = await product.listProductCategories({ handle });
    const category =
      existing ??
      (
        await product.createCategoryNodes([
          { name: handle[0]?.toUpperCase() + handle.slice(1), handle, is_active: true },
        ])
      )[0];
    if (category) categoryIds.set(handle, category.id);
  }
  const [collection] = await product.listProductCollections({ handle: "essentials" });
  const collectionId =
    collection?.id ?? (await product.createProductCollections({ title: "Essentials", handle: "essentials" })).id;
  const [tag] = await product.listProductTags({ value: "cotton" });
  const tagId = tag?.id ?? (await product.createProductTags({ value: "cotton" })).id;

  for (const item of catalogue) {
    if ((await product.listProducts({ handle: item.handle }, { take: 1 })).length) continue;
    const options = [
      { title: "Size", values: item.sizes },
      ...(item.colors.length ? [{ title: "Color", values: item.colors }] : []),
    ];
    const combos = item.colors.length
      ? item.sizes.flatMap((size) => item.colors.map((color) => ({ Size: size, Color: color })))
      : item.sizes.map((size) => ({ Size: size }));
    await product.createProductTrees([
      {
        title: item.title,
        handle: item.handle,
        description: item.description,
        status: "published",
        collection_id: collectionId,
        thumbnail: `https://example.com/images/${item.handle}-front.png`,
        tag_ids: [tagId],
        category_ids: [categoryIds.get(item.category) ?? ""].filter(Boolean),
        images: [
          { url: `https://example.com/images/${item.handle}-front.png` },
          { url: `https://example.com/images/${item.handle}-back.png` },
        ],
        options,
        variants: combos.map((combo) => ({
          title: Object.values(combo).join(" / "),
          sku: `${item.handle.toUpperCase()}-${Object.values(combo).join("-").toUpperCase()}`,
          options: combo,
        })),
      },
    ]);
  }
  await seedCatalogCommerce(container);
  await seedVariantPricesAndStock(container);
  await seedSalesChannelLinks(container);
  await seedShipping(container);
}

/** A default sales channel and a publishable key for it, so a storefront can query at once. */
async function seedStorefrontKey(container: ExecArgs["container"]): Promise<void> {
  const salesChannels = container.resolve("salesChannel");
  const [existing] = await salesChannels.listSalesChannels({ name: "Default Sales Channel" }, { take: 1 });
  const channel =
    existing ??
    (await salesChannels.createSalesChannels({
      name: "Default Sales Channel",
      description: "Created by the demo seed",
    }));
  const apiKeys = container.resolve("apiKey");
  const [key] = await apiKeys.listApiKeys({ title: "Webshop", type: "publishable", revoked_at: null }, { take: 1 });
  if (!key) await apiKeys.issueApiKeys([{ title: "Webshop", type: "publishable", sales_channel_ids: [channel.id] }]);
}
