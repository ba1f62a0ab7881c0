import type { SubscriberArgs, SubscriberConfig } from "../../../../src/framework/events/types.ts";

/** The seed's "Resolve Resources in Subscriber": reads the new product through its module. */
export default async function productCreateHandler({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  const product = await container.resolve("product").retrieveProduct(data.id);
  container.resolve("logger").info(`The product ${product.title} was created`);
}

export const config: SubscriberConfig = {
  event: "product.created",
};
