import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { liveNode, recordFields } from "../../../framework/graphql/live-node.ts";

export const RegionRef = builder.prismaNode("Region", {
  ...liveNode,
  authScopes: access.store,
  fields: (t) => ({
    name: t.exposeString("name"),
    currencyCode: t.exposeString("currency_code"),
    automaticTaxes: t.exposeBoolean("automatic_taxes"),
    ...recordFields(t),
    updatedAt: t.expose("updated_at", { type: "DateTime" }),
    countries: t.stringList({
      description: "ISO 3166-1 alpha-2 codes (lowercase), sorted.",
      select: { countries: { where: { deleted_at: null }, orderBy: { iso_2: "asc" }, select: { iso_2: true } } },
      resolve: (region) => region.countries.map((c) => c.iso_2),
    }),
    isTaxInclusive: t.loadable({
      type: "Boolean",
      description:
        "Whether prices in this region include taxes (the pricing module's region preference; false when unset).",
      load: async (ids: string[], ctx) => {
        const prefs = await ctx.scope.resolve("pricing").listPricePreferences({ attribute: "region_id", value: ids });
        const byRegion = new Map(prefs.map((p) => [p.value, p.is_tax_inclusive]));
        return ids.map((id) => byRegion.get(id) ?? false);
      },
      resolve: (region) => region.id,
    }),
  }),
});
