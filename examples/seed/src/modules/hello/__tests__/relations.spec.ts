import { describe, expect, it } from "vitest";
import { moduleIntegrationTestRunner } from "../../../../../../src/framework/test-utils/runners.ts";
import { HELLO_MODULE } from "../index.ts";
import type HelloModuleService from "../service.ts";
import { errorOf } from "./error-of.ts";

// The seed's relationships: one-to-one, one-to-many, many-to-many set by id, and delete cascades.
moduleIntegrationTestRunner<HelloModuleService>({
  project: "examples/seed",
  moduleName: HELLO_MODULE,
  resolve: "./modules/hello",
  testSuite: ({ service }) => {
    describe("one-to-one", () => {
      it("sets the relation by id from the email side (user: id)", async () => {
        const user = await service.createHelloUsers({ email_address: "one@example.com" });
        const email = await service.createHelloEmails({ address: "one@example.com", user: user.id });
        expect(email.user_id).toBe(user.id);
        const withEmail = await service.retrieveHelloUser(user.id, { relations: ["email"] });
        expect(withEmail.email?.id).toBe(email.id);
      });

      it("sets the relation by id from the user side (email: id)", async () => {
        const email = await service.createHelloEmails({ address: "two@example.com" });
        const user = await service.createHelloUsers({ email_address: "two@example.com", email: email.id });
        expect((await service.retrieveHelloEmail(email.id, { relations: ["user"] })).user?.id).toBe(user.id);
        // And moves it on update: the email now belongs to another user.
        const other = await service.createHelloUsers({ email_address: "three@example.com" });
        await service.updateHelloUsers({ id: other.id, email: email.id });
        expect((await service.retrieveHelloEmail(email.id)).user_id).toBe(other.id);
        expect((await service.retrieveHelloUser(user.id, { relations: ["email"] })).email).toBeNull();
      });

      it("refuses an id that does not exist, writing nothing", async () => {
        const error = await errorOf(service.createHelloEmails({ address: "ghost@example.com", user: "husr_missing" }));
        expect(error.type).toBe("invalid_data");
        expect(await service.listHelloEmails({ address: "ghost@example.com" }, { withDeleted: true })).toEqual([]);
      });
    });

    describe("one-to-many", () => {
      it("sets store_id on create and update and loads the products of a store", async () => {
        const [a, b] = await service.createHelloStores([{ name: "A" }, { name: "B" }]);
        const product = await service.createHelloProducts({ title: "Mug", store_id: a?.id });
        expect(product.store_id).toBe(a?.id);
        await service.updateHelloProducts({ id: product.id, store_id: b?.id });
        const store = await service.retrieveHelloStore(b?.id ?? "", { relations: ["products"] });
        expect(store.products?.map((p) => p.title)).toEqual(["Mug"]);
        expect((await service.retrieveHelloStore(a?.id ?? "", { relations: ["products"] })).products).toEqual([]);
      });
    });

    describe("many-to-many", () => {
      it("sets products by a list of ids, then adds one after retrieving the relation", async () => {
        const [p1, p2, p3] = await service.createHelloProducts([{ title: "P1" }, { title: "P2" }, { title: "P3" }]);
        const order = await service.createHelloOrders({ reference: "ORD-1", products: [p1?.id ?? "", p2?.id ?? ""] });
        const loaded = await service.retrieveHelloOrder(order.id, { relations: ["products"] });
        expect(loaded.products?.map((p) => p.title).sort()).toEqual(["P1", "P2"]);
        // The seed's "retrieve with relations, then update with the old ids plus the new one".
        await service.updateHelloOrders({
          id: order.id,
          products: [...(loaded.products ?? []).map((p) => p.id), p3?.id ?? ""],
        });
        expect(
          (await service.retrieveHelloOrder(order.id, { relations: ["products"] })).products
            ?.map((p) => p.title)
            .sort(),
        ).toEqual(["P1", "P2", "P3"]);
        // A list replaces: only P3 remains.
        await service.updateHelloOrders({ id: order.id, products: [p3?.id ?? ""] });
        expect(
          (await service.retrieveHelloOrder(order.id, { relations: ["products"] })).products?.map((p) => p.title),
        ).toEqual(["P3"]);
        expect(
          (await service.retrieveHelloProduct(p3?.id ?? "", { relations: ["orders"] })).orders?.map((o) => o.reference),
        ).toEqual(["ORD-1"]);
      });

      it("refuses a relation value that is not a list", async () => {
        const order = await service.createHelloOrders({ reference: "ORD-2" });
        const error = await errorOf(service.updateHelloOrders({ id: order.id, products: "hprod_x" }));
        expect(error).toMatchObject({ type: "invalid_data", field: ["products"] });
      });
    });

    describe("delete cascades", () => {
      it("hard-deleting a store deletes its products", async () => {
        const store = await service.createHelloStores({ name: "Gone" });
        await service.createHelloProducts([
          { title: "G1", store_id: store.id },
          { title: "G2", store_id: store.id },
        ]);
        const keep = await service.createHelloProducts({ title: "Loose" });
        await service.deleteHelloStores(store.id);
        expect(await service.listHelloProducts({ store_id: store.id }, { withDeleted: true })).toEqual([]);
        expect((await service.retrieveHelloProduct(keep.id)).title).toBe("Loose");
      });

      it("soft delete cascades to the declared children and restore brings back exactly those", async () => {
        const store = await service.createHelloStores({ name: "Soft" });
        const [s1, s2, s3] = await service.createHelloProducts([
          { title: "S1", store_id: store.id },
          { title: "S2", store_id: store.id },
          { title: "S3", store_id: store.id },
        ]);
        // S3 was deleted on its own before: restoring the store must leave it deleted.
        await service.softDeleteHelloProducts(s3?.id ?? "");
        const taken = await service.softDeleteHelloStores(store.id);
        expect(taken.hello_store_id).toEqual([store.id]);
        expect([...(taken.hello_product_id ?? [])].sort()).toEqual([s1?.id, s2?.id].sort());
        expect(await service.listHelloProducts({ store_id: store.id })).toEqual([]);
        expect(await service.listHelloStores({ id: store.id })).toEqual([]);
        const restored = await service.restoreHelloStores(store.id);
        expect([...(restored.hello_product_id ?? [])].sort()).toEqual([s1?.id, s2?.id].sort());
        expect((await service.listHelloProducts({ store_id: store.id })).map((p) => p.title).sort()).toEqual([
          "S1",
          "S2",
        ]);
        expect((await service.listHelloProducts({ store_id: store.id }, { withDeleted: true })).length).toBe(3);
      });

      it("soft-deleting a user takes its email along", async () => {
        const user = await service.createHelloUsers({ email_address: "soft@example.com" });
        const email = await service.createHelloEmails({ address: "soft@example.com", user: user.id });
        expect(await service.softDeleteHelloUsers(user.id)).toEqual({
          hello_user_id: [user.id],
          hello_email_id: [email.id],
        });
        expect((await errorOf(service.retrieveHelloEmail(email.id))).type).toBe("not_found");
        await service.restoreHelloUsers([user.id]);
        expect((await service.retrieveHelloEmail(email.id)).address).toBe("soft@example.com");
      });
    });
  },
});
