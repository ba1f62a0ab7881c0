import { deleteWorkflow } from "../common/rows-workflows.ts";
import { PromotionEvents } from "../../modules/promotion/events.ts";
import { deletePromotionsStep } from "./steps/promotions.ts";

/**
 * Soft-deletes promotions with their method and rules (their codes become free), emits
 * `promotion.deleted`. Hook `promotionsDeleted` receives `{ ids }`; if it throws, they are restored.
 */
export const deletePromotionsWorkflow = deleteWorkflow(
  "delete-promotions",
  "promotionsDeleted",
  deletePromotionsStep,
  PromotionEvents.PROMOTION_DELETED,
);
