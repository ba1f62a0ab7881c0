import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";

export const RegionRef = builder.prismaNode("Region", {
  authScopes: access.store,
  id: { field: "id" },
  findUnique: (id) => ({ id, deleted_at: null }),
  fields: (t) => ({
    name: t.exposeString("name"),
    currencyCode: t.exposeString("currency_code"),
    automaticTaxes: t.exposeBoolean("automatic_taxes"),
    metadata: t.expose("metadata", { type: "JSON", nullable: true }),
    createdAt: t.expose("created_at", { type: "DateTime" }),
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
