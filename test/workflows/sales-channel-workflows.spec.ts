import { describe, expect, it } from "vitest";
import { TesseraError } from "../../src/framework/errors/tessera-error.ts";
import { recordEvents, settledEvents } from "../../src/framework/test-utils/events.ts";
import { integrationTestRunner } from "../../src/framework/test-utils/runners.ts";
import productSalesChannel from "../../src/links/product-sales-channel.ts";
import {
  createSalesChannelsWorkflow,
  deleteSalesChannelsWorkflow,
  linkProductsToSalesChannelWorkflow,
  linkStockLocationsToSalesChannelWorkflow,
  updateSalesChannelsWorkflow,
} from "../../src/workflows/sales-channel/index.ts";

// Hooks that refuse on a marker: whatever the workflow wrote before them must be undone.
const refuse = { deletes: false, links: false, locations: false };
createSalesChannelsWorkflow.hooks.salesChannelsCreated(({ salesChannels }) => {
  if (salesChannels.some((c) => c.name === "Refused"))
    throw new TesseraError(TesseraError.Types.NOT_ALLOWED, "Channel names are vetted");
});
updateSalesChannelsWorkflow.hooks.salesChannelsUpdated(({ salesChannels }) => {
  if (salesChannels.some((c) => c.name === "Refused"))
    throw new TesseraError(TesseraError.Types.NOT_ALLOWED, "Channel names are vetted");
});
deleteSalesChannelsWorkflow.hooks.salesChannelsDeleted(() => {
  if (refuse.deletes) throw new TesseraError(TesseraError.Types.CONFLICT, "Channel has open orders");
});
linkProductsToSalesChannelWorkflow.hooks.salesChannelProductsLinked(() => {
  if (refuse.links) throw new TesseraError(TesseraError.Types.CONFLICT, "Catalogue is frozen");
});
linkStockLocationsToSalesChannelWorkflow.hooks.salesChannelStockLocationsLinked(() => {
  if (refuse.locations) throw new TesseraError(TesseraError.Types.CONFLICT, "Locations are frozen");
});

type Payload = {
  salesChannel: { id: string; name: string; isDisabled: boolean } | null;
  userErrors: { code: string; field: string[] | null; message: string }[];
};
const FIELDS = "salesChannel { id name isDisabled } userErrors { code field message }";
const CREATE = `mutation($input: CreateSalesChannelInput!) { createSalesChannel(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateSalesChannelInput!) { updateSalesChannel(input: $input) { ${FIELDS} } }`;
const DELETE =
  "mutation($input: IdempotentDeleteInput!) { deleteSalesChannel(input: $input) { deletedId userErrors { code message } } }";
const ADD = `mutation($input: SalesChannelProductsInput!) { addProductsToSalesChannel(input: $input) { ${FIELDS} } }`;
const REMOVE = `mutation($input: SalesChannelProductsInput!) { removeProductsFromSalesChannel(input: $input) { ${FIELDS} } }`;
const ADD_LOCATIONS = `mutation($input: SalesChannelStockLocationsInput!) { addStockLocationsToSalesChannel(input: $input) { ${FIELDS} } }`;
const REMOVE_LOCATIONS = `mutation($input: SalesChannelStockLocationsInput!) { removeStockLocationsFromSalesChannel(input: $input) { ${FIELDS} } }`;
const CHANNEL =
  "query($id: ID!) { node(id: $id) { ... on SalesChannel { name products(first: 10) { edges { node { handle } } } stockLocations(first: 10) { edges { node { name } } } } } }";

type Channel = {
  node: {
    name: string;
    products: { edges: { node: { handle: string } }[] };
    stockLocations: { edges: { node: { name: string } }[] };
  } | null;
};

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    type Recorded = Record<"created" | "updated" | "deleted", { received: { id: string }[] }>;
    let events: Recorded | undefined;
    const bus = () => getContainer().resolve("eventBus");
    const record = (): Recorded => {
      const bus = getContainer().resolve("eventBus");
      events ??= {
        created: recordEvents(bus, "sales-channel.created"),
        updated: recordEvents(bus, "sales-channel.updated"),
        deleted: recordEvents(bus, "sales-channel.deleted"),
      };
      return events;
    };
    const mutate = async <K extends string>(field: K, document: string, input: unknown) =>
      (await api.graphql<Record<K, Payload>, { input: unknown }>(document, { input })).data?.[field];
    const channel = async (id: string) => (await api.graphql<Channel, { id: string }>(CHANNEL, { id })).data?.node;
    const product = async (handle: string) =>
      (
        await getContainer()
          .resolve("product")
          .createProductTrees([{ title: handle, handle }])
      )[0]?.id ?? "";
    const handles = async (id: string) => (await channel(id))?.products.edges.map((e) => e.node.handle).sort();

    describe("sales channel writes run as workflows", () => {
      it("create, update and delete emit their events once; failing hooks write nothing and emit nothing", async () => {
        const { created: createdEvents, updated, deleted: deletedEvents } = record();
        const created = await mutate("createSalesChannel", CREATE, {
          name: "Outlet",
          isDisabled: true,
          idempotencyKey: "outlet-1",
        });
        expect(created?.userErrors).toEqual([]);
        const id = created?.salesChannel?.id ?? "";
        expect(created?.salesChannel).toEqual({ id, name: "Outlet", isDisabled: true });
        expect(
          (await mutate("createSalesChannel", CREATE, { name: "Outlet", idempotencyKey: "outlet-1" }))?.salesChannel
            ?.id,
        ).toBe(id);
        expect(await settledEvents(bus(), createdEvents.received)).toEqual([{ id }]);

        const refused = await mutate("createSalesChannel", CREATE, { name: "Refused" });
        expect(refused).toEqual({
          salesChannel: null,
          userErrors: [{ code: "NOT_ALLOWED", field: null, message: "Channel names are vetted" }],
        });
        expect(
          await getContainer().resolve("salesChannel").listSalesChannels({ name: "Refused" }, { withDeleted: true }),
        ).toEqual([]);
        expect(await settledEvents(bus(), createdEvents.received)).toHaveLength(1);

        expect(
          (await mutate("updateSalesChannel", UPDATE, { id, name: "Outlet EU", isDisabled: false }))?.salesChannel,
        ).toEqual({ id, name: "Outlet EU", isDisabled: false });
        const badUpdate = await mutate("updateSalesChannel", UPDATE, { id, name: "Refused", isDisabled: true });
        expect(badUpdate?.userErrors[0]?.code).toBe("NOT_ALLOWED");
        expect(await channel(id)).toMatchObject({ name: "Outlet EU" });
        expect(await settledEvents(bus(), updated.received)).toEqual([{ id }]);
        const empty = await mutate("updateSalesChannel", UPDATE, { id, name: " " });
        expect(empty?.userErrors).toEqual([
          { code: "INVALID_DATA", field: ["input", "name"], message: "name: must not be empty" },
        ]);
        const unknown = await api.graphql(UPDATE, { input: { id: "sc_01J00000000000000000000000", name: "Ghost" } });
        expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");

        const deleted = await api.graphql<{ deleteSalesChannel: { deletedId: string } }, { input: unknown }>(DELETE, {
          input: { id },
        });
        expect(deleted.data?.deleteSalesChannel.deletedId).toBe(id);
        expect(await settledEvents(bus(), deletedEvents.received)).toEqual([{ id }]);
        expect((await api.graphql(DELETE, { input: { id } })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      });

      it("deleting a channel removes its links (the products stay); a failing hook brings channel and links back", async () => {
        const id = (await mutate("createSalesChannel", CREATE, { name: "Pop-up" }))?.salesChannel?.id ?? "";
        const shirt = await product("pop-shirt");
        await mutate("addProductsToSalesChannel", ADD, { salesChannelId: id, productIds: [shirt] });
        refuse.deletes = true;
        const refused = await api.graphql<
          { deleteSalesChannel: { userErrors: { code: string }[] } },
          { input: unknown }
        >(DELETE, { input: { id } });
        refuse.deletes = false;
        expect(refused.data?.deleteSalesChannel.userErrors[0]?.code).toBe("CONFLICT");
        expect(await handles(id)).toEqual(["pop-shirt"]);
        await api.graphql(DELETE, { input: { id } });
        const links = await getContainer().resolve("link").list(productSalesChannel, { product_id: shirt });
        expect(links).toEqual([]);
        expect(await getContainer().resolve("product").listProducts({ id: shirt })).toHaveLength(1);
      });

      it("adds and removes products; an unknown id is a userError and nothing is linked; a failing hook undoes only its own links", async () => {
        const id = (await mutate("createSalesChannel", CREATE, { name: "Marketplace" }))?.salesChannel?.id ?? "";
        const [a, b, c] = [await product("mp-a"), await product("mp-b"), await product("mp-c")];
        expect(
          (await mutate("addProductsToSalesChannel", ADD, { salesChannelId: id, productIds: [a] }))?.userErrors,
        ).toEqual([]);
        const unknownProduct = await mutate("addProductsToSalesChannel", ADD, {
          salesChannelId: id,
          productIds: [b, "prod_01J00000000000000000000000"],
        });
        expect(unknownProduct?.userErrors).toEqual([
          {
            code: "INVALID_DATA",
            field: ["input", "productIds", "1"],
            message: "Unknown product prod_01J00000000000000000000000",
          },
        ]);
        const unknownChannel = await mutate("addProductsToSalesChannel", ADD, {
          salesChannelId: "sc_01J00000000000000000000000",
          productIds: [b],
        });
        expect(unknownChannel?.userErrors).toEqual([
          {
            code: "INVALID_DATA",
            field: ["input", "salesChannelId"],
            message: "Unknown sales channel sc_01J00000000000000000000000",
          },
        ]);
        expect(await handles(id)).toEqual(["mp-a"]);

        refuse.links = true;
        const frozen = await mutate("addProductsToSalesChannel", ADD, { salesChannelId: id, productIds: [a, b, c] });
        expect(frozen?.userErrors[0]?.code).toBe("CONFLICT");
        // "mp-a" was linked before: compensation dismisses only what this run added.
        expect(await handles(id)).toEqual(["mp-a"]);
        refuse.links = false;

        expect(
          (await mutate("addProductsToSalesChannel", ADD, { salesChannelId: id, productIds: [a, b, c] }))?.userErrors,
        ).toEqual([]);
        refuse.links = true;
        expect(
          (await mutate("removeProductsFromSalesChannel", REMOVE, { salesChannelId: id, productIds: [a, b] }))
            ?.userErrors[0]?.code,
        ).toBe("CONFLICT");
        refuse.links = false;
        expect(await handles(id)).toEqual(["mp-a", "mp-b", "mp-c"]);
        expect(
          (await mutate("removeProductsFromSalesChannel", REMOVE, { salesChannelId: id, productIds: [a, b] }))
            ?.salesChannel?.id,
        ).toBe(id);
        expect(await handles(id)).toEqual(["mp-c"]);
      });

      it("adds and removes the stock locations a channel sells from, with the same failure rules", async () => {
        const id = (await mutate("createSalesChannel", CREATE, { name: "Wholesale" }))?.salesChannel?.id ?? "";
        const [north, south] = await getContainer()
          .resolve("stockLocation")
          .createLocationsWithAddress([
            { name: "North", address: null },
            { name: "South", address: null },
          ]);
        const ids = [north?.id ?? "", south?.id ?? ""];
        const locations = async () => (await channel(id))?.stockLocations.edges.map((e) => e.node.name).sort();
        const unknown = await mutate("addStockLocationsToSalesChannel", ADD_LOCATIONS, {
          salesChannelId: id,
          stockLocationIds: ["sloc_01J00000000000000000000000", ids[0]],
        });
        expect(unknown?.userErrors).toEqual([
          {
            code: "INVALID_DATA",
            field: ["input", "stockLocationIds", "0"],
            message: "Unknown stock location sloc_01J00000000000000000000000",
          },
        ]);
        refuse.locations = true;
        expect(
          (
            await mutate("addStockLocationsToSalesChannel", ADD_LOCATIONS, {
              salesChannelId: id,
              stockLocationIds: ids,
            })
          )?.userErrors[0]?.code,
        ).toBe("CONFLICT");
        refuse.locations = false;
        expect(await locations()).toEqual([]);
        expect(
          (
            await mutate("addStockLocationsToSalesChannel", ADD_LOCATIONS, {
              salesChannelId: id,
              stockLocationIds: ids,
            })
          )?.userErrors,
        ).toEqual([]);
        expect(await locations()).toEqual(["North", "South"]);
        expect(
          (
            await mutate("removeStockLocationsFromSalesChannel", REMOVE_LOCATIONS, {
              salesChannelId: id,
              stockLocationIds: [ids[1]],
            })
          )?.userErrors,
        ).toEqual([]);
        expect(await locations()).toEqual(["North"]);
      });
    });
  },
});
