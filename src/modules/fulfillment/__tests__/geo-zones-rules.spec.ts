import { describe, expect, it } from "vitest";
import { checkGeoZone, geoZoneCovers } from "../geo-zones.ts";
import { checkRule, ruleHolds } from "../rules.ts";

const zone = (z: Partial<Parameters<typeof geoZoneCovers>[0]>) => ({
  country_code: "us",
  province_code: null,
  city: null,
  postal_expression: null,
  ...z,
});

describe("geo zones", () => {
  it("cover an address by country, then by province, city and postal prefix when the zone sets them", () => {
    expect(geoZoneCovers(zone({}), { country_code: "US" })).toBe(true);
    expect(geoZoneCovers(zone({}), { country_code: "ca" })).toBe(false);
    expect(geoZoneCovers(zone({ province_code: "us-ca" }), { country_code: "us", province_code: "CA" })).toBe(true);
    expect(geoZoneCovers(zone({ province_code: "us-ca" }), { country_code: "us", province_code: "ny" })).toBe(false);
    expect(geoZoneCovers(zone({ city: "Boston" }), { country_code: "us", city: " boston " })).toBe(true);
    expect(geoZoneCovers(zone({ postal_expression: "SW1" }), { country_code: "us", postal_code: "sw1a 1aa" })).toBe(
      true,
    );
    expect(geoZoneCovers(zone({ postal_expression: "100" }), { country_code: "us", postal_code: "20001" })).toBe(false);
    expect(geoZoneCovers(zone({ postal_expression: "100" }), { country_code: "us" })).toBe(false);
  });

  it("refuses a zone without a valid country, a province zone without a province, a zip zone without a prefix", () => {
    const codeOf = (fn: () => unknown) => {
      try {
        fn();
        return null;
      } catch (error) {
        return (error as { field?: string[] }).field?.at(-1);
      }
    };
    expect(codeOf(() => checkGeoZone({ type: "country", country_code: "" }, []))).toBe("countryCode");
    expect(codeOf(() => checkGeoZone({ type: "province", country_code: "us" }, []))).toBe("provinceCode");
    expect(codeOf(() => checkGeoZone({ type: "zip", country_code: "us", postal_expression: "1 0*" }, []))).toBe(
      "postalExpression",
    );
    expect(checkGeoZone({ type: "province", country_code: "US", province_code: "CA" }, [])).toMatchObject({
      country_code: "us",
      province_code: "us-ca",
    });
  });
});

describe("shipping option rules", () => {
  it("compare subtotals as decimals, and fail when the context lacks the attribute", () => {
    const min = { attribute: "item_subtotal", operator: "gte", value: "50" };
    expect(ruleHolds(min, { item_subtotal: "50.00" })).toBe(true);
    expect(ruleHolds(min, { item_subtotal: "49.99" })).toBe(false);
    expect(ruleHolds(min, {})).toBe(false);
    expect(ruleHolds({ attribute: "item_subtotal", operator: "lt", value: "20" }, { item_subtotal: "9.5" })).toBe(true);
    expect(ruleHolds({ attribute: "is_return", operator: "eq", value: "false" }, { is_return: "false" })).toBe(true);
    expect(ruleHolds({ attribute: "zone", operator: "in", value: ["a", "b"] }, { zone: "b" })).toBe(true);
    expect(ruleHolds({ attribute: "zone", operator: "nin", value: ["a", "b"] }, { zone: "b" })).toBe(false);
  });

  it("refuses a comparison with a non-number, a list for eq, and an unknown operator", () => {
    expect(() => checkRule({ attribute: "item_subtotal", operator: "gte", value: "lots" }, [])).toThrow(/decimal/);
    expect(() => checkRule({ attribute: "zone", operator: "eq", value: ["a"] }, [])).toThrow(/one value/);
    expect(() => checkRule({ attribute: "zone", operator: "like" as never, value: "a" }, [])).toThrow(/operator/);
  });
});
