import { describe, expect, it } from "vitest";
import {
  calculateAmountsWithTax,
  calculateTaxTotal,
  decimalToString,
  formatAmount,
  roundToCurrency,
  toDecimal,
} from "../src/framework/money/index.ts";

describe("money", () => {
  it("adds 0.1 and 0.2 exactly", () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(decimalToString(toDecimal(0.1).plus(0.2))).toBe("0.3");
    expect(decimalToString(toDecimal("19.99").times(3))).toBe("59.97");
  });

  it("refuses what is not a decimal amount", () => {
    expect(() => toDecimal("1e3")).toThrow(RangeError);
    expect(() => toDecimal("ten")).toThrow(RangeError);
    expect(() => toDecimal(Number.NaN)).toThrow(RangeError);
  });

  it("rounds half-up to each currency's minor unit", () => {
    expect(formatAmount("1234.5", "jpy")).toBe("1235");
    expect(formatAmount("1234.4", "JPY")).toBe("1234");
    expect(formatAmount("10.005", "usd")).toBe("10.01");
    expect(formatAmount("0.485", "eur")).toBe("0.49");
    expect(formatAmount("1.2345", "kwd")).toBe("1.235");
    expect(formatAmount("7", "kwd")).toBe("7.000");
    expect(roundToCurrency("-2.5", "jpy").toFixed()).toBe("-3");
  });

  it("computes prices with and without tax like the seed's calculateAmountsWithTax", () => {
    expect(calculateAmountsWithTax({ taxLines: [{ rate: 25 }], amount: 100, includesTax: true })).toEqual({
      priceWithTax: "100",
      priceWithoutTax: "80",
    });
    expect(calculateAmountsWithTax({ taxLines: [{ rate: 25 }], amount: 80, includesTax: false })).toEqual({
      priceWithTax: "100",
      priceWithoutTax: "80",
    });
    // Two combined lines: 10 % + 5 % on 0.1 + 0.2.
    expect(
      calculateAmountsWithTax({
        taxLines: [{ rate: 10 }, { rate: "5" }],
        amount: toDecimal(0.1).plus(0.2),
        includesTax: false,
      }),
    ).toEqual({ priceWithTax: "0.345", priceWithoutTax: "0.3" });
    expect(calculateAmountsWithTax({ taxLines: [], amount: "9.99", includesTax: true })).toEqual({
      priceWithTax: "9.99",
      priceWithoutTax: "9.99",
    });
    expect(calculateTaxTotal({ taxLines: [{ rate: 19 }], amount: "119", includesTax: true }).toFixed()).toBe("19");
  });

  it("rounds per currency: JPY to yen, KWD to fils", () => {
    expect(
      calculateAmountsWithTax({ taxLines: [{ rate: 10 }], amount: 1999, includesTax: false, currencyCode: "jpy" }),
    ).toEqual({ priceWithTax: "2199", priceWithoutTax: "1999" });
    expect(
      calculateAmountsWithTax({ taxLines: [{ rate: 5 }], amount: "1.999", includesTax: false, currencyCode: "kwd" }),
    ).toEqual({ priceWithTax: "2.099", priceWithoutTax: "1.999" });
    expect(
      calculateAmountsWithTax({ taxLines: [{ rate: 19 }], amount: "10", includesTax: true, currencyCode: "eur" }),
    ).toEqual({ priceWithTax: "10", priceWithoutTax: "8.4" });
  });

  it("round-trips inclusive → exclusive → inclusive to the same amount", () => {
    const cases: [string, string, number][] = [
      ["10.00", "eur", 19],
      ["19.99", "usd", 8.875],
      ["1000", "jpy", 10],
      ["12.345", "kwd", 5],
      ["0.30", "eur", 21],
    ];
    for (const [amount, currencyCode, rate] of cases) {
      const taxLines = [{ rate }];
      const { priceWithoutTax } = calculateAmountsWithTax({ taxLines, amount, includesTax: true, currencyCode });
      const back = calculateAmountsWithTax({ taxLines, amount: priceWithoutTax, includesTax: false, currencyCode });
      expect(toDecimal(back.priceWithTax).eq(amount), `${amount} ${currencyCode} at ${rate}%`).toBe(true);
    }
  });
});
