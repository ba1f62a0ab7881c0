import { describe, expect, it } from "vitest";
import { TesseraError } from "../../src/framework/errors/tessera-error.ts";
import { integrationTestRunner } from "../../src/framework/test-utils/runners.ts";
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "../../src/framework/workflows/index.ts";
import { createProductsWorkflow } from "../../src/workflows/product/create-products.ts";
import { deleteProductsWorkflow } from "../../src/workflows/product/delete-products.ts";
import { updateProductsWorkflow } from "../../src/workflows/product/update-products.ts";
import variantPriceSet from "../../src/links/product-variant-price-set.ts";
import { CreateProductMutation, UpdateProductMutation } from "../operations/products.ts";
import {
  CreateProductTagMutation,
  DeleteProductWithKeyMutation,
  SetWorkflowStepFailureMutation,
  SetWorkflowStepSuccessMutation,
  WorkflowExecutionQuery,
} from "../operations/workflows.ts";

const seen: { titles: string[]; additional_data: unknown }[] = [];
// The seed's "Consume a Workflow Hook", refusing when asked to: what it created must vanish.
createProductsWorkflow.hooks.productsCreated(async ({ products, additional_data }) => {
  seen.push({ titles: products.map((p) => p.title), additional_data });
  if (additional_data?.brand_id === "unknown") {
    throw new TesseraError(TesseraError.Types.INVALID_DATA, "Brand unknown does not exist", {
      field: ["additionalData", "brand_id"],
    });
  }
  return new StepResponse(products.length);
});
updateProductsWorkflow.hooks.productsUpdated(({ additional_data }) => {
  if (additional_data?.refuse) throw new TesseraError(TesseraError.Types.NOT_ALLOWED, "Updates are frozen");
});
deleteProductsWorkflow.hooks.productsDeleted(() => {
  throw new TesseraError(TesseraError.Types.CONFLICT, "Product is referenced by an open order");
});

const approval = createStep({ name: "approval", async: true }, async () => undefined);
const approved = createStep(
  "approved",
  async (decision: { by: string }) => new StepResponse(`approved by ${decision.by}`),
);
createWorkflow("approve-import", () => new WorkflowResponse(approved(approval())));

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const product = () => getContainer().resolve("product");

    describe("product mutations run workflows", () => {
      it("hands the created products and additionalData to the productsCreated hook", async () => {
        const res = await api.graphql(CreateProductMutation, {
          input: { title: "Hooked Shirt", additionalData: { brand_id: "brand_1" } },
        });
        expect(res.data?.createProduct.userErrors).toEqual([]);
        expect(seen.at(-1)).toEqual({ titles: ["Hooked Shirt"], additional_data: { brand_id: "brand_1" } });
      });

      it("a hook that throws after the products were created leaves no product, variant or option behind", async () => {
        const res = await api.graphql(CreateProductMutation, {
          input: {
            title: "Orphan",
            options: [{ title: "Size", values: ["S"] }],
            variants: [{ title: "S", sku: "ORPHAN-S", options: [{ option: "Size", value: "S" }] }],
            additionalData: { brand_id: "unknown" },
          },
        });
        expect(res.data?.createProduct).toEqual({
          product: null,
          userErrors: [
            {
              field: ["input", "additionalData", "brand_id"],
              message: "Brand unknown does not exist",
              code: "INVALID_DATA",
            },
          ],
        });
        expect(seen.at(-1)?.titles).toEqual(["Orphan"]);
        expect(await product().listProducts({ title: "Orphan" }, { withDeleted: true })).toEqual([]);
        expect(await product().listProductVariants({ sku: "ORPHAN-S" }, { withDeleted: true })).toEqual([]);
        expect(await product().listProductOptions({ title: "Size" }, { withDeleted: true })).toEqual([]);
      });

      it("the same idempotencyKey twice creates once and answers the same product; the execution is queryable", async () => {
        const input = {
          title: "Once Only",
          variants: [{ title: "One", sku: "ONCE-1" }],
          idempotencyKey: "create-once-1",
        };
        const first = await api.graphql(CreateProductMutation, { input });
        const second = await api.graphql(CreateProductMutation, { input });
        expect(second.data?.createProduct.product?.id).toBe(first.data?.createProduct.product?.id);
        expect(second.data?.createProduct.product?.variants.map((v) => v.sku)).toEqual(["ONCE-1"]);
        expect(await product().listProducts({ title: "Once Only" })).toHaveLength(1);
        const { data } = await api.graphql(WorkflowExecutionQuery, { transactionId: "create-once-1" });
        expect(data?.workflowExecution).toMatchObject({ workflowId: "create-products", status: "done", errors: [] });
        expect(data?.workflowExecution?.steps.map((s) => [s.id, s.status, s.attempts])).toEqual([
          // Variant prices (none here) run as their own steps: price sets, then their links.
          ["create-products", "done", 1],
          ["create-price-sets", "done", 1],
          ["create-remote-links", "done", 1],
          // The variant manages inventory: a new item (a nested workflow) and its link.
          ["validate-inventory-items", "done", 1],
          ["create-inventory-items", "done", 1],
          ["create-remote-links-2", "done", 1],
          ["productsCreated", "done", 1],
          ["emit-event", "done", 1],
        ]);
        expect(data?.workflowExecution?.steps[0]?.finishedAt).toEqual(expect.any(String));
        expect(
          (await api.graphql(WorkflowExecutionQuery, { transactionId: "nope" })).data?.workflowExecution,
        ).toBeNull();
      });

      it("a refused update puts the product back as it was; a refused delete restores it", async () => {
        const [created] = await product().createProductTrees([
          { title: "Stable", tag_ids: [(await product().createProductTags({ value: "keep" })).id] },
        ]);
        const id = created?.id ?? "";
        const refused = await api.graphql(UpdateProductMutation, {
          input: {
            id,
            title: "Changed",
            tagIds: [],
            images: [{ url: "https://example.com/n.png" }],
            additionalData: { refuse: true },
          },
        });
        expect(refused.data?.updateProduct.userErrors[0]).toMatchObject({
          code: "NOT_ALLOWED",
          message: "Updates are frozen",
        });
        const after = await product().retrieveProduct(id, { relations: ["tags", "images"] });
        expect([after.title, after.tags?.map((t) => t.value), after.images]).toEqual(["Stable", ["keep"], []]);
        const variant = await product().createProductVariants({ product_id: id, title: "One" });
        const [set] = await getContainer()
          .resolve("pricing")
          .createPriceSetsWithPrices([{ prices: [{ amount: "3", currency_code: "eur" }] }]);
        await getContainer()
          .resolve("link")
          .create({ product: { product_variant_id: variant.id }, pricing: { price_set_id: set?.id as string } });
        const deleted = await api.graphql(DeleteProductWithKeyMutation, { input: { id } });
        expect(deleted.data?.deleteProduct).toEqual({
          deletedId: null,
          userErrors: [expect.objectContaining({ code: "CONFLICT" })],
        });
        expect((await product().retrieveProduct(id)).deleted_at).toBeNull();
        // The links and the cascaded price set come back with the product.
        expect(
          (await getContainer().resolve("link").list(variantPriceSet, { product_variant_id: variant.id })).map(
            (r) => r.price_set_id,
          ),
        ).toEqual([set?.id]);
        expect(
          await getContainer()
            .resolve("pricing")
            .listPriceSets({ id: set?.id as string }),
        ).toHaveLength(1);
      });

      it("other product entities run workflows too: a duplicate tag is a userError and an idempotent retry is not", async () => {
        const a = await api.graphql(CreateProductTagMutation, {
          input: { value: "summer", idempotencyKey: "tag-summer" },
        });
        const b = await api.graphql(CreateProductTagMutation, {
          input: { value: "summer", idempotencyKey: "tag-summer" },
        });
        expect(b.data?.createProductTag).toEqual(a.data?.createProductTag);
        const dup = await api.graphql(CreateProductTagMutation, { input: { value: "summer" } });
        expect(dup.data?.createProductTag.userErrors[0]?.code).toBe("DUPLICATE");
        expect(await product().listProductTags({ value: "summer" })).toHaveLength(1);
      });
    });

    describe("long-running workflows over GraphQL", () => {
      it("setWorkflowStepSuccess resumes a waiting step; setWorkflowStepFailure rolls one back", async () => {
        const engine = getContainer().resolve("workflows");
        const waiting = await engine.run("approve-import", { transactionId: "import-1" });
        expect(waiting.transaction.status).toBe("waiting");
        const key = { workflowId: "approve-import", transactionId: "import-1", stepId: "approval" };
        const ok = await api.graphql(SetWorkflowStepSuccessMutation, { input: { ...key, response: { by: "ada" } } });
        expect(ok.data?.setWorkflowStepSuccess.execution).toMatchObject({ status: "done", result: "approved by ada" });
        const again = await api.graphql(SetWorkflowStepSuccessMutation, { input: { ...key, response: { by: "bob" } } });
        expect(again.data?.setWorkflowStepSuccess.userErrors[0]?.code).toBe("NOT_ALLOWED");
        await engine.run("approve-import", { transactionId: "import-2" });
        const failed = await api.graphql(SetWorkflowStepFailureMutation, {
          input: { ...key, transactionId: "import-2", error: "rejected by finance" },
        });
        expect(failed.data?.setWorkflowStepFailure.execution).toMatchObject({
          status: "reverted",
          errors: [{ action: "approval", message: "rejected by finance" }],
        });
        const unknown = await api.graphql(SetWorkflowStepSuccessMutation, {
          input: { ...key, transactionId: "import-x" },
        });
        expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      });
    });
  },
});
