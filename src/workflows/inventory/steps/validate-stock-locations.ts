import { TesseraError } from "../../../framework/errors/tessera-error.ts";
import { createStep, StepResponse } from "../../../framework/workflows/index.ts";

export const validateStockLocationsStepId = "validate-stock-locations";

/** A stock location an input names, and the input field that named it. */
export interface LocationReference {
  location_id: string;
  field: string[];
}

/** Refuses locations the stock-location module does not know (INVALID_DATA on the field that named it); writes nothing. */
export const validateStockLocationsStep = createStep(
  validateStockLocationsStepId,
  async (input: LocationReference[], { container }) => {
    const ids = [...new Set(input.map((r) => r.location_id))];
    const found = ids.length
      ? await container.resolve("stockLocation").listStockLocations({ id: ids }, { select: ["id"] })
      : [];
    const known = new Set(found.map((l) => l.id));
    const missing = input.find((r) => !known.has(r.location_id));
    if (missing)
      throw new TesseraError(TesseraError.Types.INVALID_DATA, `Stock location ${missing.location_id} does not exist`, {
        field: missing.field,
      });
    return new StepResponse(ids.length);
  },
);
