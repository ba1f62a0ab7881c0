import { Link } from "react-router-dom";
import { Badge } from "../../sdk/components.tsx";
import { ReceiptPercent } from "../../sdk/icons.tsx";
import { mutate, useQuery } from "../api/hooks.ts";
import { graphql } from "../generated/gql/gql.ts";
import { CampaignChoices } from "./campaigns.tsx";
import { defineResource } from "./define.tsx";
import { select } from "./resource-form.tsx";
import { flag, onceKey, optional, saved, text, type Values, when } from "./values.ts";

const List = graphql(`
  query AdminPromotions($search: String, $first: Int, $after: String) {
    promotions(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id
          code
          status
          isAutomatic
          applicationMethod { type value currencyCode targetType }
          campaign { id name }
        }
      }
    }
  }
`);

const Detail = graphql(`
  query AdminPromotion($id: ID!) {
    promotion(id: $id) {
      id
      code
      type
      status
      isAutomatic
      createdAt
      applicationMethod { type value currencyCode targetType allocation maxQuantity }
      campaign { id name }
      rules { attribute operator values }
    }
  }
`);

const Create = graphql(`
  mutation AdminCreatePromotion($input: CreatePromotionInput!) {
    createPromotion(input: $input) {
      promotion { id }
      userErrors { field message code }
    }
  }
`);

const Update = graphql(`
  mutation AdminUpdatePromotion($input: UpdatePromotionInput!) {
    updatePromotion(input: $input) {
      promotion { id }
      userErrors { field message code }
    }
  }
`);

type Status = "ACTIVE" | "DRAFT" | "INACTIVE";
type MethodType = "FIXED" | "PERCENTAGE";
type Target = "ITEMS" | "ORDER" | "SHIPPING_METHODS";
type Allocation = "ACROSS" | "EACH";

function useCampaignChoices() {
  const { data } = useQuery(CampaignChoices, {});
  return data?.campaigns.edges.map(({ node }) => ({ value: node.id, label: node.name })) ?? [];
}

type Method = { type: string; value: string; currencyCode?: string | null; targetType: string } | null | undefined;

/** "10% off items", "5 EUR off the order". */
const discount = (m: Method) =>
  m
    ? `${m.value}${m.type === "PERCENTAGE" ? "%" : ` ${m.currencyCode?.toUpperCase() ?? ""}`} off ${
        m.targetType === "ORDER" ? "the order" : m.targetType === "ITEMS" ? "items" : "shipping"
      }`
    : "—";

const status = (p: { status: string }) => (
  <Badge color={p.status === "ACTIVE" ? "green" : p.status === "INACTIVE" ? "red" : "grey"}>
    {p.status.toLowerCase()}
  </Badge>
);

const method = (v: Values) => ({
  type: text(v, "methodType") as MethodType,
  targetType: text(v, "targetType") as Target,
  value: text(v, "value"),
  currencyCode: optional(v, "currencyCode"),
  allocation: text(v, "targetType") === "ORDER" ? null : (text(v, "allocation") as Allocation),
});

const Delete = graphql(`
  mutation AdminDeletePromotion($input: IdempotentDeleteInput!) {
    deletePromotion(input: $input) {
      deletedId
      userErrors { field message code }
    }
  }
`);

export const promotions = defineResource({
  path: "promotions",
  title: "Promotions",
  singular: "promotion",
  zone: "promotion",
  icon: ReceiptPercent,
  section: "Pricing",
  remove: async (id) => (await mutate(Delete, { input: { id, idempotencyKey: onceKey() } })).deletePromotion.userErrors,
  list: {
    query: List,
    pick: (d) => d.promotions,
    columns: [
      { header: "Code", cell: (p) => p.code },
      { header: "Discount", cell: (p) => discount(p.applicationMethod) },
      { header: "Status", cell: status },
      { header: "Applied", cell: (p) => (p.isAutomatic ? "automatically" : "with the code") },
      { header: "Campaign", cell: (p) => p.campaign?.name ?? "—" },
    ],
  },
  detail: {
    query: Detail,
    pick: (d) => d.promotion,
    heading: (p) => p.code,
    properties: [
      { label: "Discount", value: (p) => discount(p.applicationMethod) },
      { label: "Status", value: status },
      { label: "Type", value: (p) => (p.type === "BUYGET" ? "buy X get Y" : "standard") },
      { label: "Applied", value: (p) => (p.isAutomatic ? "automatically" : "with the code") },
      { label: "Allocation", value: (p) => p.applicationMethod?.allocation?.toLowerCase() ?? "—" },
      {
        label: "Campaign",
        value: (p) =>
          p.campaign ? <Link to={`/campaigns/${encodeURIComponent(p.campaign.id)}`}>{p.campaign.name}</Link> : "—",
      },
      {
        label: "Rules",
        value: (p) =>
          p.rules.map((r) => `${r.attribute} ${r.operator.toLowerCase()} ${r.values.join(", ")}`).join("; ") || "none",
      },
      { label: "Created", value: (p) => when(p.createdAt) },
    ],
  },
  form: {
    fields: [
      { name: "code", label: "Code", required: true, hint: "What a customer types at checkout, e.g. SUMMER10" },
      select("status", "Status", { DRAFT: "Draft", ACTIVE: "Active", INACTIVE: "Inactive" }),
      { name: "isAutomatic", label: "Apply automatically (no code needed)", kind: "checkbox" },
      select("methodType", "Discount type", { PERCENTAGE: "Percentage", FIXED: "Fixed amount" }),
      { name: "value", label: "Discount value", required: true, hint: "10 for 10%, or an amount like 5.00" },
      { name: "currencyCode", label: "Currency", hint: "For a fixed amount, e.g. eur" },
      select("targetType", "Applies to", { ITEMS: "Items", ORDER: "The whole order", SHIPPING_METHODS: "Shipping" }),
      select("allocation", "Allocation", { EACH: "Each item", ACROSS: "Spread across items" }),
      { name: "campaignId", label: "Campaign", useOptions: useCampaignChoices },
    ],
    blank: {
      code: "",
      status: "DRAFT",
      isAutomatic: false,
      methodType: "PERCENTAGE",
      value: "",
      currencyCode: "",
      targetType: "ITEMS",
      allocation: "EACH",
      campaignId: "",
    },
    values: (p) => ({
      code: p.code,
      status: p.status,
      isAutomatic: p.isAutomatic,
      methodType: p.applicationMethod?.type ?? "PERCENTAGE",
      value: p.applicationMethod?.value ?? "",
      currencyCode: p.applicationMethod?.currencyCode ?? "",
      targetType: p.applicationMethod?.targetType ?? "ITEMS",
      allocation: p.applicationMethod?.allocation ?? "EACH",
      campaignId: p.campaign?.id ?? "",
    }),
    create: async (v) => {
      const { createPromotion: r } = await mutate(Create, {
        input: {
          code: text(v, "code"),
          type: "STANDARD",
          status: text(v, "status") as Status,
          isAutomatic: flag(v, "isAutomatic"),
          applicationMethod: method(v),
          campaignId: optional(v, "campaignId"),
          idempotencyKey: onceKey(),
        },
      });
      return saved(r.promotion, r.userErrors);
    },
    update: async (id, v) => {
      const { updatePromotion: r } = await mutate(Update, {
        input: {
          id,
          code: text(v, "code"),
          status: text(v, "status") as Status,
          isAutomatic: flag(v, "isAutomatic"),
          applicationMethod: method(v),
          campaignId: optional(v, "campaignId"),
        },
      });
      return saved(r.promotion, r.userErrors);
    },
  },
});
