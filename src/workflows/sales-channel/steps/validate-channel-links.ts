import { TesseraError } from "../../../framework/errors/tessera-error.ts";
import { createStep, StepResponse } from "../../../framework/workflows/index.ts";

export const validateChannelLinksStepId = "validate-channel-links";

export interface ValidateChannelLinksInput {
  /** The sales channel whose links change. */
  id: string;
  product_ids?: string[];
  stock_location_ids?: string[];
}

/** The first id of `ids` that `found` lacks, with its index. */
function firstMissing(ids: string[], found: { id: string }[]): [number, string] | undefined {
  const known = new Set(found.map((row) => row.id));
  const index = ids.findIndex((id) => !known.has(id));
  return index < 0 ? undefined : [index, ids[index] as string];
}

/**
 * Checks that the channel, products and stock locations of a link change exist, one query per
 * kind, before anything is written: an unknown id is INVALID_DATA naming the input field.
 */
export const validateChannelLinksStep = createStep(
  validateChannelLinksStepId,
  async (input: ValidateChannelLinksInput, { container }) => {
    const invalid = (message: string, field: string[]) =>
      new TesseraError(TesseraError.Types.INVALID_DATA, message, { field });
    const [channel] = await container
      .resolve("salesChannel")
      .listSalesChannels({ id: input.id }, { select: ["id"], take: 1 });
    if (!channel) throw invalid(`Unknown sales channel ${input.id}`, ["salesChannelId"]);
    const productIds = input.product_ids ?? [];
    const products = productIds.length
      ? await container.resolve("product").listProducts({ id: productIds }, { select: ["id"] })
      : [];
    const product = firstMissing(productIds, products);
    if (product) throw invalid(`Unknown product ${product[1]}`, ["productIds", String(product[0])]);
    const locationIds = input.stock_location_ids ?? [];
    const locations = locationIds.length
      ? await container.resolve("stockLocation").listStockLocations({ id: locationIds }, { select: ["id"] })
      : [];
    const location = firstMissing(locationIds, locations);
    if (location) throw invalid(`Unknown stock location ${location[1]}`, ["stockLocationIds", String(location[0])]);
    return new StepResponse(true);
  },
);
