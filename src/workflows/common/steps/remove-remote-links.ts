import { createStep, StepResponse } from "../../../framework/workflows/index.ts";

/** Records whose links go, by module and id column: `{ product: { product_id: ["prod_1"] } }`. */
export type LinkRoots = Record<string, Record<string, string[]>>;

/** Drops the columns without ids and the modules left empty (link.delete refuses an empty root). */
function withIds(roots: LinkRoots): LinkRoots {
  const out: LinkRoots = {};
  for (const [module, columns] of Object.entries(roots)) {
    const kept = Object.fromEntries(Object.entries(columns).filter(([, ids]) => ids.length));
    if (Object.keys(kept).length) out[module] = kept;
  }
  return out;
}

export const removeRemoteLinkStepId = "remove-remote-links";

/**
 * Soft-deletes the links of deleted records and, where a link cascades, the linked records
 * (Medusa's removeRemoteLinkStep); compensation restores exactly what went.
 */
export const removeRemoteLinkStep = createStep(
  removeRemoteLinkStepId,
  async (roots: LinkRoots, { container }) => {
    const live = withIds(roots);
    if (!Object.keys(live).length) return new StepResponse({}, null);
    return new StepResponse(await container.resolve("link").delete(live), live);
  },
  async (roots, { container }) => {
    if (roots) await container.resolve("link").restore(roots);
  },
);
