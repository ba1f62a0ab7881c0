import { campaigns } from "./campaigns.tsx";
import { categories } from "./categories.tsx";
import { collections } from "./collections.tsx";
import { customerGroups } from "./customer-groups.tsx";
import { orders } from "./orders.tsx";
import type { Resource } from "./define.tsx";
import { priceLists } from "./price-lists.tsx";
import { promotions } from "./promotions.tsx";
import { regions } from "./regions.tsx";
import { salesChannels } from "./sales-channels.tsx";
import { taxRegions } from "./tax-regions.tsx";
import { users } from "./users.tsx";

/** The records the dashboard lists, shows, creates and edits with its shared pages, in sidebar order. */
export const resources: readonly Resource[] = [
  orders,
  categories,
  collections,
  customerGroups,
  priceLists,
  promotions,
  campaigns,
  regions,
  taxRegions,
  salesChannels,
  users,
];
