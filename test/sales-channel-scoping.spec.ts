import { describe, expect, it } from "vitest";
import { createPublishableKey } from "../src/framework/test-utils/auth-clients.ts";
import { integrationTestRunner, type TestApi } from "../src/framework/test-utils/runners.ts";

type Page = { products: { totalCount: number; edges: { node: { handle: string } }[] } };
type Variants = { productVariants: { totalCount: number; edges: { node: { sku: string } }[] } };
type Payload = {
  salesChannel: { id: string } | null;
  userErrors: { code: string; field: string[] | null; message: string }[];
};

const PRODUCTS =
  "query($filter: ProductFilter) { products(first: 50, filter: $filter, sort: [{ field: HANDLE, direction: ASC }]) { totalCount edges { node { handle } } } }";
const VARIANTS =
  "{ productVariants(first: 50, sort: [{ field: SKU, direction: ASC }]) { totalCount edges { node { sku } } } }";
const BY_ID = "query($id: ID!) { product(id: $id) { handle } }";
const BY_HANDLE = "query($handle: String!) { product(handle: $handle) { handle } }";
const NODE = "query($id: ID!) { node(id: $id) { id } }";
const NODES = "query($ids: [ID!]!) { nodes(ids: $ids) { id } }";
const CREATE_CHANNEL =
  "mutation($input: CreateSalesChannelInput!) { createSalesChannel(input: $input) { salesChannel { id } userErrors { code field message } } }";
const ADD =
  "mutation($input: SalesChannelProductsInput!) { addProductsToSalesChannel(input: $input) { salesChannel { id } userErrors { code field message } } }";
const REMOVE =
  "mutation($input: SalesChannelProductsInput!) { removeProductsFromSalesChannel(input: $input) { salesChannel { id } userErrors { code field message } } }";

const handles = (res: { data?: Page | null }) => res.data?.products.edges.map((e) => e.node.handle);

integrationTestRunner({
  project: "examples/seed",
  testSuite: ({ api, getContainer }) => {
    // Channel A sells "a-only" and "both", channel B sells "b-only" and "both"; "nowhere" is in no channel.
    const world = {
      a: "",
      b: "",
      ids: {} as Record<string, string>,
      variants: {} as Record<string, string>,
      keyA: {} as TestApi,
      keyB: {} as TestApi,
      keyNone: {} as TestApi,
    };
    let seeded = false;
    async function seed() {
      if (seeded) return world;
      seeded = true;
      const channel = async (name: string) =>
        (await api.graphql<{ createSalesChannel: Payload }, { input: unknown }>(CREATE_CHANNEL, { input: { name } }))
          .data?.createSalesChannel.salesChannel?.id ?? "";
      world.a = await channel("Channel A");
      world.b = await channel("Channel B");
      const product = getContainer().resolve("product");
      // "draft-a" is in channel A but not published: no storefront sees it.
      for (const handle of ["a-only", "b-only", "both", "nowhere", "draft-a"]) {
        const status = handle === "draft-a" ? "draft" : "published";
        const [row] = await product.createProductTrees([
          {
            title: handle,
            handle,
            status,
            options: [{ title: "Size", values: ["M"] }],
            variants: [{ title: "M", sku: `${handle}-m`, options: { Size: "M" } }],
          },
        ]);
        world.ids[handle] = row?.id ?? "";
        world.variants[handle] = (await product.listProductVariants({ product_id: row?.id ?? "" }))[0]?.id ?? "";
      }
      const add = async (channelId: string, productIds: string[]) => {
        const res = await api.graphql<{ addProductsToSalesChannel: Payload }, { input: unknown }>(ADD, {
          input: { salesChannelId: channelId, productIds },
        });
        expect(res.data?.addProductsToSalesChannel.userErrors).toEqual([]);
      };
      await add(world.a, [world.ids["a-only"] ?? "", world.ids.both ?? "", world.ids["draft-a"] ?? ""]);
      await add(world.b, [world.ids["b-only"] ?? "", world.ids.both ?? ""]);
      world.keyA = api.as({ "x-publishable-api-key": await createPublishableKey(api, [world.a]) });
      world.keyB = api.as({ "x-publishable-api-key": await createPublishableKey(api, [world.b]) });
      world.keyNone = api.as({ "x-publishable-api-key": await createPublishableKey(api, []) });
      return world;
    }

    describe("a storefront sees the products of its publishable key's sales channels", () => {
      it("lists and counts only its channel's products and variants; admin sees every product", async () => {
        const { keyA, keyB } = await seed();
        const a = await keyA.graphql<Page, Record<string, unknown>>(PRODUCTS, {});
        expect(a.errors).toBeUndefined();
        expect(a.data?.products.totalCount).toBe(2);
        expect(handles(a)).toEqual(["a-only", "both"]);
        expect(handles(await keyB.graphql<Page, Record<string, unknown>>(PRODUCTS, {}))).toEqual(["b-only", "both"]);
        const admin = await api.graphql<Page, Record<string, unknown>>(PRODUCTS, {});
        expect(handles(admin)).toEqual(["a-only", "b-only", "both", "draft-a", "nowhere"]);
        const variants = await keyA.graphql<Variants, Record<string, unknown>>(VARIANTS, {});
        expect(variants.errors).toBeUndefined();
        expect(variants.data?.productVariants.totalCount).toBe(2);
        expect(variants.data?.productVariants.edges.map((e) => e.node.sku)).toEqual(["a-only-m", "both-m"]);
      });

      it("composes the scope with the caller's own filter and search", async () => {
        const { keyA, b } = await seed();
        const filtered = await keyA.graphql<Page, Record<string, unknown>>(PRODUCTS, {
          filter: { handle: { in: ["b-only", "both"] } },
        });
        expect(handles(filtered)).toEqual(["both"]);
        // A storefront cannot widen its scope with a filter of its own.
        const other = await keyA.graphql<Page, Record<string, unknown>>(PRODUCTS, {
          filter: { salesChannels: { id: { eq: b } } },
        });
        expect(handles(other)).toEqual(["both"]);
        // Admins filter products by channel.
        expect(
          handles(
            await api.graphql<Page, Record<string, unknown>>(PRODUCTS, {
              filter: { salesChannels: { id: { eq: b } } },
            }),
          ),
        ).toEqual(["b-only", "both"]);
      });

      it("a product outside the key's channels does not exist for it: by id, by handle, node and nodes", async () => {
        const { keyA, ids, variants } = await seed();
        expect(
          (await keyA.graphql<{ product: { handle: string } }, { id: string }>(BY_ID, { id: ids["a-only"] ?? "" })).data
            ?.product.handle,
        ).toBe("a-only");
        const hidden = await keyA.graphql(BY_ID, { id: ids["b-only"] ?? "" });
        expect(hidden.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
        expect(hidden.errors?.[0]?.message).toBe(`Product with id: ${ids["b-only"]} was not found`);
        expect(
          (await keyA.graphql<{ product: null }, { handle: string }>(BY_HANDLE, { handle: "b-only" })).data?.product,
        ).toBeNull();
        expect(
          (await keyA.graphql<{ product: { handle: string } }, { handle: string }>(BY_HANDLE, { handle: "both" })).data
            ?.product.handle,
        ).toBe("both");
        expect(
          (await api.graphql<{ product: { handle: string } }, { handle: string }>(BY_HANDLE, { handle: "nowhere" }))
            .data?.product.handle,
        ).toBe("nowhere");
        expect(
          (await keyA.graphql<{ node: unknown }, { id: string }>(NODE, { id: ids["b-only"] ?? "" })).data?.node,
        ).toBeNull();
        expect(
          (await keyA.graphql<{ node: unknown }, { id: string }>(NODE, { id: variants["b-only"] ?? "" })).data?.node,
        ).toBeNull();
        expect(
          (await keyA.graphql<{ node: { id: string } }, { id: string }>(NODE, { id: variants.both ?? "" })).data?.node
            .id,
        ).toBe(variants.both);
        const nodes = await keyA.graphql<{ nodes: ({ id: string } | null)[] }, { ids: string[] }>(NODES, {
          ids: [ids["a-only"] ?? "", ids["b-only"] ?? "", variants.nowhere ?? ""],
        });
        expect(nodes.data?.nodes).toEqual([{ id: ids["a-only"] }, null, null]);
        expect(
          (await api.graphql<{ node: { id: string } }, { id: string }>(NODE, { id: ids.nowhere ?? "" })).data?.node.id,
        ).toBe(ids.nowhere);
      });

      it("a draft product in the key's channel does not exist for the storefront: lists, status filter, handle, id and node", async () => {
        const { keyA, ids, variants } = await seed();
        const drafts = await keyA.graphql<Page, Record<string, unknown>>(PRODUCTS, {
          filter: { status: { eq: "DRAFT" } },
        });
        expect(drafts.data?.products).toEqual({ totalCount: 0, edges: [] });
        expect(
          (await keyA.graphql<{ product: null }, { handle: string }>(BY_HANDLE, { handle: "draft-a" })).data?.product,
        ).toBeNull();
        expect((await keyA.graphql(BY_ID, { id: ids["draft-a"] ?? "" })).errors?.[0]?.extensions?.code).toBe(
          "NOT_FOUND",
        );
        expect(
          (await keyA.graphql<{ node: unknown }, { id: string }>(NODE, { id: ids["draft-a"] ?? "" })).data?.node,
        ).toBeNull();
        expect(
          (await keyA.graphql<{ node: unknown }, { id: string }>(NODE, { id: variants["draft-a"] ?? "" })).data?.node,
        ).toBeNull();
        expect(
          (await keyA.graphql<Variants, Record<string, unknown>>(VARIANTS, {})).data?.productVariants.edges.map(
            (e) => e.node.sku,
          ),
        ).not.toContain("draft-a-m");
        // Admins see drafts.
        expect(
          handles(await api.graphql<Page, Record<string, unknown>>(PRODUCTS, { filter: { status: { eq: "DRAFT" } } })),
        ).toEqual(["draft-a"]);
      });

      it("a key without sales channels sees no products", async () => {
        const { keyNone, ids } = await seed();
        expect((await keyNone.graphql<Page, Record<string, unknown>>(PRODUCTS, {})).data?.products.totalCount).toBe(0);
        expect(
          (await keyNone.graphql<Variants, Record<string, unknown>>(VARIANTS, {})).data?.productVariants.totalCount,
        ).toBe(0);
        expect((await keyNone.graphql(BY_ID, { id: ids.both ?? "" })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      });

      it("sales channels are admin data: a storefront cannot read a product's channels", async () => {
        const { keyA, a } = await seed();
        const res = await keyA.graphql(
          "{ products(first: 1) { edges { node { salesChannels { edges { node { name } } } } } } }",
        );
        // FORBIDDEN at the field, which answers null: the product itself still reads.
        expect(res.errors?.map((e) => [e.extensions?.code, e.path?.join(".")])).toEqual([
          ["FORBIDDEN", "products.edges.0.node.salesChannels"],
        ]);
        expect(res.data).toEqual({ products: { edges: [{ node: { salesChannels: null } }] } });
        // By id, a channel is null for a storefront (Relay's node), exactly like an unknown id.
        const byId = await keyA.graphql<{ node: unknown }, { id: string }>(NODE, { id: a });
        expect(byId.errors).toBeUndefined();
        expect(byId.data?.node).toBeNull();
        const admin = await api.graphql<{ product: { salesChannels: { totalCount: number } } }, { id: string }>(
          "query($id: ID!) { product(id: $id) { salesChannels { totalCount } } }",
          { id: world.ids.both ?? "" },
        );
        expect(admin.data?.product.salesChannels.totalCount).toBe(2);
      });

      it("links from other modules follow the scope too: a brand's products and featured product", async () => {
        const { keyA, ids } = await seed();
        const c = getContainer();
        const brand = await c
          .resolve("brand")
          .createBrands({ name: "Acme", handle: "acme", featured_product_id: ids["b-only"] ?? "" });
        await c.resolve("link").create(
          [ids["a-only"], ids["b-only"], ids.both].map((id) => ({
            product: { product_id: id ?? "" },
            brand: { brand_id: brand.id },
          })),
        );
        const BRAND =
          "query($id: ID!) { node(id: $id) { ... on Brand { featuredProduct { handle } products(first: 10) { totalCount edges { node { handle } } } } } }";
        type Brand = {
          node: {
            featuredProduct: { handle: string } | null;
            products: { totalCount: number; edges: { node: { handle: string } }[] };
          };
        };
        const seen = (await keyA.graphql<Brand, { id: string }>(BRAND, { id: brand.id })).data?.node;
        expect(seen?.featuredProduct).toBeNull();
        expect(seen?.products.totalCount).toBe(2);
        expect(seen?.products.edges.map((e) => e.node.handle).sort()).toEqual(["a-only", "both"]);
        const admin = (await api.graphql<Brand, { id: string }>(BRAND, { id: brand.id })).data?.node;
        expect(admin?.featuredProduct?.handle).toBe("b-only");
        expect(admin?.products.totalCount).toBe(3);
      });

      it("taking a product out of a channel hides it from that channel's storefront at once", async () => {
        const { keyA, keyB, a, ids } = await seed();
        const res = await api.graphql<{ removeProductsFromSalesChannel: Payload }, { input: unknown }>(REMOVE, {
          input: { salesChannelId: a, productIds: [ids.both ?? "", ids["b-only"] ?? ""] },
        });
        expect(res.data?.removeProductsFromSalesChannel).toEqual({ salesChannel: { id: a }, userErrors: [] });
        expect(handles(await keyA.graphql<Page, Record<string, unknown>>(PRODUCTS, {}))).toEqual(["a-only"]);
        expect(handles(await keyB.graphql<Page, Record<string, unknown>>(PRODUCTS, {}))).toEqual(["b-only", "both"]);
      });
    });
  },
});
