import type { AdminProductDetailQuery } from "../src/generated/gql/graphql.ts";

/** The record the product details page hands its widgets (`DetailWidgetProps<AdminProduct>`). */
export type AdminProduct = NonNullable<AdminProductDetailQuery["product"]>;
