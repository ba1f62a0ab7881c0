import InventoryModule from "../modules/inventory/index.ts";
import ProductModule from "../modules/product/index.ts";
import { defineLink } from "../framework/links/define-link.ts";

// A variant is stocked as one or more inventory items (a kit needs several), each taken
// `required_quantity` times per unit sold; an inventory item belongs to one variant, so
// deleting the variant (or its product) deletes its items with their levels (deleteCascades),
// as Medusa's deleteProductsWorkflow deletes the items only the deleted variants used.
export default defineLink(
  ProductModule.linkable.productVariant,
  { linkable: InventoryModule.linkable.inventoryItem, isList: true, deleteCascades: true },
  { database: { extraColumns: { required_quantity: { type: "integer", nullable: false, defaultValue: 1 } } } },
);
