import { ModuleService } from "../../../../../src/framework/modules/service-factory.ts";
import { Review } from "./models.ts";

/** createReviews, listReviews, retrieveReview, …: all generated. */
export default class ReviewModuleService extends ModuleService({ Review }) {}
