import { Megaphone } from "../../sdk/icons.tsx";
import { mutate } from "../api/hooks.ts";
import { graphql } from "../generated/gql/gql.ts";
import { defineResource } from "./define.tsx";
import { select } from "./resource-form.tsx";
import { instant, localDateTime, onceKey, optional, saved, text, type Values, when } from "./values.ts";

const List = graphql(`
  query AdminCampaigns($search: String, $first: Int, $after: String) {
    campaigns(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id name campaignIdentifier startsAt endsAt } }
    }
  }
`);

const Detail = graphql(`
  query AdminCampaign($id: ID!) {
    campaign(id: $id) {
      id
      name
      campaignIdentifier
      description
      startsAt
      endsAt
      budget { type limit used currencyCode }
    }
  }
`);

/** The promotion form's campaign choices. */
export const CampaignChoices = graphql(`
  query AdminCampaignChoices {
    campaigns(first: 200, sort: [{ field: NAME, direction: ASC }]) { edges { node { id name } } }
  }
`);

const Create = graphql(`
  mutation AdminCreateCampaign($input: CreateCampaignInput!) {
    createCampaign(input: $input) {
      campaign { id }
      userErrors { field message code }
    }
  }
`);

const Update = graphql(`
  mutation AdminUpdateCampaign($input: UpdateCampaignInput!) {
    updateCampaign(input: $input) {
      campaign { id }
      userErrors { field message code }
    }
  }
`);

const common = (v: Values) => ({
  name: text(v, "name"),
  description: optional(v, "description"),
  startsAt: instant(v, "startsAt"),
  endsAt: instant(v, "endsAt"),
});

type Budget = { type: string; limit?: string | null; used: string; currencyCode?: string | null } | null | undefined;

const budget = (b: Budget) =>
  b
    ? b.type === "SPEND"
      ? `${b.used} of ${b.limit ?? "∞"} ${b.currencyCode?.toUpperCase() ?? ""} spent`
      : `${b.used} of ${b.limit ?? "∞"} uses`
    : "none";

const Delete = graphql(`
  mutation AdminDeleteCampaign($input: IdempotentDeleteInput!) {
    deleteCampaign(input: $input) {
      deletedId
      userErrors { field message code }
    }
  }
`);

export const campaigns = defineResource({
  path: "campaigns",
  title: "Campaigns",
  singular: "campaign",
  zone: "campaign",
  icon: Megaphone,
  section: "Pricing",
  remove: async (id) => (await mutate(Delete, { input: { id, idempotencyKey: onceKey() } })).deleteCampaign.userErrors,
  list: {
    query: List,
    pick: (d) => d.campaigns,
    columns: [
      { header: "Name", cell: (c) => c.name },
      { header: "Identifier", cell: (c) => c.campaignIdentifier },
      { header: "Starts", cell: (c) => when(c.startsAt) },
      { header: "Ends", cell: (c) => when(c.endsAt) },
    ],
  },
  detail: {
    query: Detail,
    pick: (d) => d.campaign,
    heading: (c) => c.name,
    properties: [
      { label: "Identifier", value: (c) => c.campaignIdentifier },
      { label: "Description", value: (c) => c.description || "—" },
      { label: "Starts", value: (c) => when(c.startsAt) },
      { label: "Ends", value: (c) => when(c.endsAt) },
      { label: "Budget", value: (c) => budget(c.budget) },
    ],
  },
  form: {
    fields: [
      { name: "name", label: "Name", required: true },
      { name: "campaignIdentifier", label: "Identifier", required: true, hint: "A unique code, e.g. SUMMER-2026" },
      { name: "description", label: "Description", kind: "textarea" },
      { name: "startsAt", label: "Starts at", kind: "datetime-local" },
      { name: "endsAt", label: "Ends at", kind: "datetime-local" },
      select(
        "budgetType",
        "Budget",
        { "": "No budget", USAGE: "Number of uses", SPEND: "Amount spent" },
        { createOnly: true },
      ),
      { name: "limit", label: "Budget limit", createOnly: true },
      { name: "currencyCode", label: "Budget currency", createOnly: true, hint: "For a spend budget, e.g. eur" },
    ],
    blank: {
      name: "",
      campaignIdentifier: "",
      description: "",
      startsAt: "",
      endsAt: "",
      budgetType: "",
      limit: "",
      currencyCode: "",
    },
    values: (c) => ({
      name: c.name,
      campaignIdentifier: c.campaignIdentifier,
      description: c.description ?? "",
      startsAt: localDateTime(c.startsAt),
      endsAt: localDateTime(c.endsAt),
    }),
    create: async (v) => {
      const type = optional(v, "budgetType") as "SPEND" | "USAGE" | null;
      const { createCampaign: r } = await mutate(Create, {
        input: {
          ...common(v),
          campaignIdentifier: text(v, "campaignIdentifier"),
          budget: type ? { type, limit: optional(v, "limit"), currencyCode: optional(v, "currencyCode") } : null,
          idempotencyKey: onceKey(),
        },
      });
      return saved(r.campaign, r.userErrors);
    },
    update: async (id, v, before) => {
      // The identifier must be free among the other campaigns: sent only when it changes.
      const identifier = text(v, "campaignIdentifier");
      const changed = identifier !== text(before, "campaignIdentifier");
      const { updateCampaign: r } = await mutate(Update, {
        input: { id, ...common(v), ...(changed ? { campaignIdentifier: identifier } : {}) },
      });
      return saved(r.campaign, r.userErrors);
    },
  },
});
