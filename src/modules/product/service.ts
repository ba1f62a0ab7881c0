import { TesseraError } from "../../framework/errors/tessera-error.ts";
import { generateId, newId } from "../../framework/modules/model.ts";
import {
  ModuleService,
  type Context,
  type CreateInput,
  type Row,
  type UpdateInput,
} from "../../framework/modules/service-factory.ts";
import {
  Product,
  ProductCategory,
  ProductCollection,
  ProductImage,
  ProductOption,
  ProductOptionValue,
  ProductTag,
  ProductType,
  ProductVariant,
} from "./models.ts";

/** A product with its options and variants in one call, the shape Medusa's createProducts takes. */
export interface ProductTreeInput
  extends Omit<CreateInput<"Product">, "options" | "variants" | "images" | "tags" | "categories"> {
  title: string;
  options?: { title: string; values: string[] }[];
  /** Each variant names its option values by option title: `{ Size: "M" }`. */
  variants?: Omit<VariantInput, "product_id">[];
  images?: { url: string; rank?: number }[];
  tag_ids?: string[];
  category_ids?: string[];
}

/** A variant whose option values are named by option title. */
export type VariantInput = Omit<CreateInput<"ProductVariant">, "options" | "product"> & {
  title: string;
  product_id: string;
  options?: Record<string, string>;
};
/** An option as a variant picks from it: its product, its title and its values. */
type OptionChoices = Pick<Row<"ProductOption">, "product_id" | "title"> & {
  values?: Pick<Row<"ProductOptionValue">, "id" | "value">[];
};
export type CategoryInput = Omit<CreateInput<"ProductCategory">, "mpath" | "id"> & { name: string };

/** "Summer Shirt!" → "summer-shirt" */
export function toHandle(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

const treeRelations = ["options", "options.values", "variants", "variants.options", "images", "tags", "categories"];

export default class ProductModuleService extends ModuleService({
  Product,
  ProductVariant,
  ProductOption,
  ProductOptionValue,
  ProductImage,
  ProductTag,
  ProductType,
  ProductCollection,
  ProductCategory,
}) {
  /**
   * Creates products with their options, variants (option values by title), images, tags and
   * categories in one transaction: all of them or none. Each product's `variants` come back in
   * input order.
   */
  async createProductTrees(input: ProductTreeInput[], ctx?: Context): Promise<Row<"Product">[]> {
    return this.transaction(async (c) => {
      const created = await this.insertProductRows(input, c);
      const variants = input.flatMap(({ variants = [] }, n) =>
        variants.map((v, rank) => ({ ...v, variant_rank: v.variant_rank ?? rank, product_id: created.ids[n] ?? "" })),
      );
      // The products and their options were just written: their variants need no read of either.
      const made = await this.insertVariants(variants, c, created.options);
      // One read of every new tree (not one per product), variants in input order, so a workflow
      // can pair each with what its input carried (prices).
      const trees = await this.listProducts({ id: created.ids }, { relations: treeRelations }, c);
      const order = new Map(made.map((v, i) => [v.id, i]));
      for (const tree of trees) tree.variants?.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
      const byId = new Map(trees.map((t) => [t.id, t]));
      return created.ids.flatMap((id) => byId.get(id) ?? []);
    }, ctx);
  }

  /**
   * Writes the products of a batch, their options, option values and images with one INSERT per
   * table, whatever their number (a nested create per product cost four statements each): ids are
   * chosen here, so options can name their product and values their option before either exists.
   * Tags and categories are connected per product that has any, as the nested create did, so a
   * missing one fails the same way. Returns the product ids in input order and the new options.
   */
  private async insertProductRows(
    input: ProductTreeInput[],
    c: Context,
  ): Promise<{ ids: string[]; options: OptionChoices[] }> {
    const rows = input.map(
      ({ options: _o, images: _i, tag_ids: _t, category_ids: _c, variants: _v, ...product }, index) => {
        if (!product.title?.trim())
          throw new TesseraError(TesseraError.Types.INVALID_DATA, "Product title must not be empty", {
            field: [String(index), "title"],
          });
        return { ...product, id: product.id ?? newId(Product), handle: product.handle ?? toHandle(product.title) };
      },
    );
    const ids = rows.map((r) => r.id);
    const options = input.flatMap(({ options = [] }, n) =>
      options.map((o) => ({
        id: newId(ProductOption),
        title: o.title,
        product_id: ids[n] ?? "",
        values: o.values.map((value) => ({ id: newId(ProductOptionValue), value })),
      })),
    );
    const images = input.flatMap(({ images = [] }, n) =>
      images.map((image, rank) => ({ url: image.url, rank: image.rank ?? rank, product_id: ids[n] ?? "" })),
    );
    if (rows.length) await this.createProducts(rows, c);
    if (options.length)
      await this.createProductOptions(
        options.map(({ values: _values, ...o }) => o),
        c,
      );
    const values = options.flatMap((o) => o.values.map((v) => ({ ...v, option_id: o.id })));
    if (values.length) await this.createProductOptionValues(values, c);
    if (images.length) await this.createProductImages(images, c);
    for (const [n, { tag_ids = [], category_ids = [] }] of input.entries()) {
      if (!tag_ids.length && !category_ids.length) continue;
      const connect = (list: string[]) => (list.length ? { connect: list.map((id) => ({ id })) } : undefined);
      await this.delegate("Product", c).update({
        where: { id: ids[n] },
        data: { tags: connect(tag_ids), categories: connect(category_ids) },
      });
    }
    return { ids, options };
  }

  /** Updates a product; `images`, when given, replace its images. */
  async updateProductWithImages(
    data: UpdateInput<"Product">,
    images?: { url: string; rank: number }[],
    ctx?: Context,
  ): Promise<Row<"Product">> {
    return this.transaction(async (c) => {
      const product = await this.updateProducts(data, c);
      if (images) {
        await this.deleteProductImages({ product_id: product.id }, c);
        if (images.length)
          await this.createProductImages(
            images.map((i) => ({ ...i, product_id: product.id })),
            c,
          );
      }
      return product;
    }, ctx);
  }

  /** The option value ids a variant picks, by option title: `{ Size: "M" }` → `["optval_…"]`. */
  private pickValueIds(options: OptionChoices[], chosen: Record<string, string>): string[] {
    return Object.entries(chosen).map(([title, value]) => {
      const match = options.find((o) => o.title === title)?.values?.find((v) => v.value === value);
      if (!match)
        throw new TesseraError(TesseraError.Types.INVALID_DATA, `Option ${title} has no value ${value}`, {
          field: ["options"],
        });
      return match.id;
    });
  }

  private async optionValueIds(productId: string, chosen: Record<string, string>, ctx: Context): Promise<string[]> {
    const options = await this.listProductOptions({ product_id: productId }, { relations: ["values"] }, ctx);
    return this.pickValueIds(options, chosen);
  }

  /**
   * Writes variants of existing products: one read of their products' options (none when the
   * caller just wrote them and passes them), one INSERT of the variants and one of their option
   * values, whatever their number. Rows in input order.
   */
  private async insertVariants(
    input: VariantInput[],
    c: Context,
    written?: OptionChoices[],
  ): Promise<Row<"ProductVariant">[]> {
    if (!input.length) return [];
    const options =
      written ??
      (await this.listProductOptions(
        { product_id: [...new Set(input.map((v) => v.product_id))] },
        { relations: ["values"] },
        c,
      ));
    const picked = input.map(({ options: chosen = {}, product_id }) =>
      this.pickValueIds(
        options.filter((o) => o.product_id === product_id),
        chosen,
      ),
    );
    const created = await this.createProductVariants(
      input.map(({ options: _options, ...variant }) => variant),
      c,
    );
    const pairs = created.flatMap((variant, i) => (picked[i] ?? []).map((valueId) => [valueId, variant.id]));
    if (pairs.length)
      await this.client(c).$executeRawUnsafe(
        `INSERT INTO "_ProductOptionValueToProductVariant" ("A", "B") SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING`,
        pairs.map(([valueId]) => valueId),
        pairs.map(([, variantId]) => variantId),
      );
    return created;
  }

  /** Creates variants whose option values are named by option title, all or none. */
  async createVariantsWithOptions(input: VariantInput[], ctx?: Context): Promise<Row<"ProductVariant">[]> {
    return this.transaction(async (c) => {
      const ids = [...new Set(input.map((v) => v.product_id))];
      const found = new Set((await this.listProducts({ id: ids }, { select: ["id"] }, c)).map((p) => p.id));
      const missing = input.find((v) => !found.has(v.product_id));
      if (missing) await this.retrieveProduct(missing.product_id, {}, c);
      return this.insertVariants(input, c);
    }, ctx);
  }

  /** Updates a variant; `options`, when given, replace its option values. */
  async updateVariantWithOptions(
    data: UpdateInput<"ProductVariant">,
    options?: Record<string, string>,
    ctx?: Context,
  ): Promise<Row<"ProductVariant">> {
    return this.transaction(async (c) => {
      const current = await this.retrieveProductVariant(data.id, {}, c);
      const valueIds = options ? await this.optionValueIds(current.product_id, options, c) : undefined;
      return this.updateProductVariants({ ...data, ...(valueIds ? { options: valueIds } : {}) }, c);
    }, ctx);
  }

  /** Creates categories under their parents; `mpath` (ancestor ids joined by ".") is kept for subtree queries. */
  async createCategoryNodes(input: CategoryInput[], ctx?: Context): Promise<Row<"ProductCategory">[]> {
    return this.transaction(async (c) => {
      const created: Row<"ProductCategory">[] = [];
      for (const category of input) {
        const id = generateId("pcat");
        const parent = category.parent_category_id
          ? await this.retrieveProductCategory(category.parent_category_id, {}, c)
          : undefined;
        created.push(
          await this.createProductCategories(
            {
              ...category,
              id,
              handle: category.handle ?? toHandle(category.name),
              mpath: parent ? `${parent.mpath}.${id}` : id,
            },
            c,
          ),
        );
      }
      return created;
    }, ctx);
  }

  /** Updates a category; moving it re-roots its subtree, and moving under its own subtree is refused. */
  async updateCategoryNode(data: UpdateInput<"ProductCategory">, ctx?: Context): Promise<Row<"ProductCategory">> {
    return this.transaction(async (c) => {
      const current = await this.retrieveProductCategory(data.id, {}, c);
      if (data.parent_category_id === undefined || data.parent_category_id === current.parent_category_id) {
        return this.updateProductCategories(data, c);
      }
      const parent = data.parent_category_id
        ? await this.retrieveProductCategory(data.parent_category_id, {}, c)
        : undefined;
      if (parent && (parent.mpath === current.mpath || parent.mpath.startsWith(`${current.mpath}.`))) {
        throw new TesseraError(
          TesseraError.Types.NOT_ALLOWED,
          "A category cannot be moved under itself or its descendants",
          { field: ["parentCategoryId"] },
        );
      }
      const mpath = parent ? `${parent.mpath}.${current.id}` : current.id;
      await this.client(c)
        .$executeRaw`UPDATE product_category SET mpath = ${mpath} || substr(mpath, ${current.mpath.length + 1}) WHERE mpath = ${current.mpath} OR mpath LIKE ${`${current.mpath}.%`}`;
      return this.updateProductCategories({ ...data, mpath }, c);
    }, ctx);
  }

  /** Counts products with raw SQL: custom methods may drop to SQL through the same client. */
  async countLiveProducts(ctx?: Context): Promise<number> {
    const rows = await this.client(ctx).$queryRaw<
      { n: bigint }[]
    >`SELECT count(*)::bigint AS n FROM product WHERE deleted_at IS NULL`;
    return Number(rows[0]?.n ?? 0);
  }
}
