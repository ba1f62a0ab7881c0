import { describe, expect, it } from "vitest";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";
import { createStoresWorkflow } from "../src/workflows/store/index.ts";

// recordMutations declares create/update/delete of a record from one declaration: these run the
// generated mutations of two records, one without hooks (collections) and one with (stores).
type UserErrors = { field: string[] | null; message: string; code: string }[];
type Collection = { id: string; title: string; handle: string };
type CollectionPayload = { productCollection: Collection | null; userErrors: UserErrors };

const collectionFields = "productCollection { id title handle } userErrors { field message code }";
const createCollection = `mutation($input: CreateProductCollectionInput!) { createProductCollection(input: $input) { ${collectionFields} } }`;
const updateCollection = `mutation($input: UpdateProductCollectionInput!) { updateProductCollection(input: $input) { ${collectionFields} } }`;
const deleteCollection =
  "mutation($input: IdempotentDeleteInput!) { deleteProductCollection(input: $input) { deletedId userErrors { field message code } } }";
const categoryFields = "productCategory { id name parentCategory { id } } userErrors { field message code }";
const createCategory = `mutation($input: CreateProductCategoryInput!) { createProductCategory(input: $input) { ${categoryFields} } }`;
const updateCategory = `mutation($input: UpdateProductCategoryInput!) { updateProductCategory(input: $input) { ${categoryFields} } }`;
type CategoryPayload = {
  productCategory: { id: string; name: string; parentCategory: { id: string } | null } | null;
  userErrors: UserErrors;
};
const createStore =
  "mutation($input: CreateStoreInput!) { createStore(input: $input) { store { id name } userErrors { field code } } }";

// The stores hook sees what the caller sent as additionalData.
const hookData: unknown[] = [];
createStoresWorkflow.hooks.storesCreated(({ additional_data }) => {
  hookData.push(additional_data);
});

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const product = () => getContainer().resolve("product");
    const liveCollections = async () => (await product().listProductCollections({})).map((c) => c.title);

    describe("the create, update and delete mutations recordMutations generates", () => {
      it("create answers the record read again; update changes only the given fields; delete removes it", async () => {
        const created = await api.graphql<{ createProductCollection: CollectionPayload }, Record<string, unknown>>(
          createCollection,
          { input: { title: "Summer Sale" } },
        );
        expect(created.errors).toBeUndefined();
        const collection = created.data?.createProductCollection.productCollection;
        expect(created.data?.createProductCollection.userErrors).toEqual([]);
        expect(collection).toMatchObject({ title: "Summer Sale", handle: "summer-sale" });
        const id = collection?.id ?? "";

        const updated = await api.graphql<{ updateProductCollection: CollectionPayload }, Record<string, unknown>>(
          updateCollection,
          { input: { id, handle: "summer" } },
        );
        expect(updated.data?.updateProductCollection).toEqual({
          productCollection: { id, title: "Summer Sale", handle: "summer" },
          userErrors: [],
        });

        const deleted = await api.graphql<
          { deleteProductCollection: { deletedId: string | null; userErrors: UserErrors } },
          Record<string, unknown>
        >(deleteCollection, { input: { id } });
        expect(deleted.data?.deleteProductCollection).toEqual({ deletedId: id, userErrors: [] });
        expect(await liveCollections()).not.toContain("Summer Sale");
      });

      it("bad input is a typed userError naming the field, and nothing is written", async () => {
        const before = await liveCollections();
        const empty = await api.graphql<{ createProductCollection: CollectionPayload }, Record<string, unknown>>(
          createCollection,
          { input: { title: "  " } },
        );
        expect(empty.errors).toBeUndefined();
        expect(empty.data?.createProductCollection).toEqual({
          productCollection: null,
          userErrors: [{ field: ["input", "title"], message: expect.stringContaining("empty"), code: "INVALID_DATA" }],
        });
        const handle = await api.graphql<{ createProductCollection: CollectionPayload }, Record<string, unknown>>(
          createCollection,
          { input: { title: "Winter", handle: "Not A Handle" } },
        );
        expect(handle.data?.createProductCollection.userErrors).toEqual([
          { field: ["input", "handle"], message: expect.stringContaining("hyphens"), code: "INVALID_DATA" },
        ]);
        expect(await liveCollections()).toEqual(before);
      });

      it("an unknown id is a NOT_FOUND error (not a userError) for update and delete", async () => {
        const update = await api.graphql(updateCollection, { input: { id: "pcol_missing", title: "Nowhere" } });
        expect(update.errors).toMatchObject([
          {
            path: ["updateProductCollection"],
            extensions: { code: "NOT_FOUND" },
            message: expect.stringContaining("pcol_missing"),
          },
        ]);
        const remove = await api.graphql(deleteCollection, { input: { id: "pcol_missing" } });
        expect(remove.errors).toMatchObject([{ path: ["deleteProductCollection"], extensions: { code: "NOT_FOUND" } }]);
        expect(await liveCollections()).not.toContain("Nowhere");
      });

      it("a retried idempotency key answers the first result and writes once", async () => {
        const input = { title: "Once Only", idempotencyKey: "record-mutations-once" };
        const first = await api.graphql<{ createProductCollection: CollectionPayload }, Record<string, unknown>>(
          createCollection,
          { input },
        );
        const again = await api.graphql<{ createProductCollection: CollectionPayload }, Record<string, unknown>>(
          createCollection,
          { input },
        );
        expect(first.data?.createProductCollection.productCollection?.id).toBeTruthy();
        expect(again.data?.createProductCollection).toEqual(first.data?.createProductCollection);
        expect((await liveCollections()).filter((t) => t === "Once Only")).toHaveLength(1);
      });

      it("a clearing flag (moveToRoot) empties another field's column, and leaving both out leaves it", async () => {
        const create = async (input: Record<string, unknown>) =>
          (
            await api.graphql<{ createProductCategory: CategoryPayload }, Record<string, unknown>>(createCategory, {
              input,
            })
          ).data?.createProductCategory.productCategory?.id ?? "";
        const update = async (input: Record<string, unknown>) =>
          (
            await api.graphql<{ updateProductCategory: CategoryPayload }, Record<string, unknown>>(updateCategory, {
              input,
            })
          ).data?.updateProductCategory;
        const parent = await create({ name: "Outerwear" });
        const child = await create({ name: "Coats", parentCategoryId: parent });

        expect(await update({ id: child, name: "Long Coats" })).toEqual({
          productCategory: { id: child, name: "Long Coats", parentCategory: { id: parent } },
          userErrors: [],
        });
        expect(await update({ id: child, moveToRoot: true })).toEqual({
          productCategory: { id: child, name: "Long Coats", parentCategory: null },
          userErrors: [],
        });
        expect((await update({ id: child, parentCategoryId: parent }))?.productCategory?.parentCategory).toEqual({
          id: parent,
        });
      });

      it("with hooks, additionalData reaches the workflow's hook", async () => {
        const res = await api.graphql<
          { createStore: { store: { id: string; name: string } | null; userErrors: UserErrors } },
          Record<string, unknown>
        >(createStore, { input: { name: "Outlet", additionalData: { erpId: "42" } } });
        expect(res.data?.createStore).toMatchObject({ store: { name: "Outlet" }, userErrors: [] });
        expect(hookData).toEqual([{ erpId: "42" }]);
        // Collections declare no hooks: their input has no additionalData.
        const noHooks = await api.graphql(createCollection, { input: { title: "Hooked", additionalData: {} } });
        expect(noHooks.errors?.[0]?.message).toMatch(/additionalData/);
      });
    });
  },
});
