import { TesseraError } from "../../framework/errors/tessera-error.ts";

export const geoZoneTypes = ["country", "province", "city", "zip"] as const;
export type GeoZoneType = (typeof geoZoneTypes)[number];

/** A geo zone as written: the fields its type needs (a province zone its province, a zip zone its prefix). */
export interface GeoZoneInput {
  type: GeoZoneType;
  country_code: string;
  province_code?: string | null;
  city?: string | null;
  postal_expression?: string | null;
  metadata?: Record<string, unknown> | null;
}

/** Where a shopper ships to. */
export interface ShippingAddress {
  country_code?: string | null;
  province_code?: string | null;
  city?: string | null;
  postal_code?: string | null;
}

const invalid = (message: string, field: string[]) =>
  new TesseraError(TesseraError.Types.INVALID_DATA, message, { field });

/** ISO 3166-2 lowercase ("us-ca"); a bare subdivision ("CA") gets the country prefix. */
export function normalizeProvince(country: string, province: string | null | undefined): string | null {
  const code = province?.trim().toLowerCase();
  if (!code) return null;
  return code.includes("-") ? code : `${country}-${code}`;
}

const normalizePostal = (code: string | null | undefined) => (code ?? "").replace(/\s+/g, "").toUpperCase();
const normalizeCity = (city: string | null | undefined) => (city ?? "").trim().toLowerCase();

/** Checks and normalizes a geo zone: a country always, and what its type narrows by. */
export function checkGeoZone(zone: GeoZoneInput, field: string[]): GeoZoneInput {
  if (!geoZoneTypes.includes(zone.type))
    throw invalid(`Unknown geo zone type ${String(zone.type)}`, [...field, "type"]);
  const country = zone.country_code?.trim().toLowerCase() ?? "";
  if (!/^[a-z]{2}$/.test(country))
    throw invalid("A geo zone needs an ISO 3166-1 alpha-2 country code", [...field, "countryCode"]);
  const province = normalizeProvince(country, zone.province_code);
  if (zone.type === "province" && !province)
    throw invalid("A province zone needs a provinceCode", [...field, "provinceCode"]);
  if (zone.type === "city" && !zone.city?.trim()) throw invalid("A city zone needs a city", [...field, "city"]);
  const postal = normalizePostal(zone.postal_expression);
  if (zone.type === "zip" && !/^[A-Z0-9-]{1,16}$/.test(postal))
    throw invalid("A zip zone needs a postal code prefix (letters, digits, -)", [...field, "postalExpression"]);
  return {
    type: zone.type,
    country_code: country,
    province_code: zone.type === "country" ? null : province,
    city: zone.type === "city" || zone.type === "zip" ? (zone.city?.trim() ?? null) || null : null,
    postal_expression: zone.type === "zip" ? postal : null,
    metadata: zone.metadata ?? null,
  };
}

/** Whether a stored geo zone covers the address: every field the zone sets must match. */
export function geoZoneCovers(
  zone: { country_code: string; province_code: string | null; city: string | null; postal_expression: string | null },
  address: ShippingAddress,
): boolean {
  const country = address.country_code?.trim().toLowerCase();
  if (!country || zone.country_code !== country) return false;
  if (zone.province_code && zone.province_code !== normalizeProvince(country, address.province_code)) return false;
  if (zone.city && normalizeCity(zone.city) !== normalizeCity(address.city)) return false;
  if (zone.postal_expression && !normalizePostal(address.postal_code).startsWith(zone.postal_expression)) return false;
  return true;
}
