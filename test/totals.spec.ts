import { describe, expect, it } from "vitest";
import { computeTotals, lineTotals } from "../src/framework/totals/index.ts";

// Hand-computed numbers: each expectation is worked out in the comment above it.
const s = (value: { toFixed(): string }) => value.toFixed();

describe("computeTotals", () => {
  it("EU, prices include 20 % VAT: a 10 % discount, a 19.99 item and 6.00 shipping", () => {
    const totals = computeTotals({
      currency_code: "eur",
      items: [
        // 2 × 120 = 240 gross, 200 net; 10 % off is 24 gross (20 net): pays 216, of which 36 VAT
        {
          id: "a",
          unit_price: "120",
          quantity: 2,
          is_tax_inclusive: true,
          tax_lines: [{ rate: "20" }],
          adjustments: [{ amount: "24", is_tax_inclusive: true }],
        },
        // 19.99 gross: 16.658… net → 16.66; VAT is what is left of the shelf price: 3.33
        { id: "b", unit_price: "19.99", quantity: 1, is_tax_inclusive: true, tax_lines: [{ rate: "20" }] },
      ],
      // 6.00 gross: 5.00 net, 1.00 VAT
      shipping_methods: [{ id: "sm", amount: "6", is_tax_inclusive: true, tax_lines: [{ rate: "20" }] }],
    });
    expect(s(totals.items.get("a")?.total ?? 0)).toBe("216");
    expect(s(totals.items.get("a")?.tax_total ?? 0)).toBe("36");
    expect(s(totals.items.get("b")?.subtotal ?? 0)).toBe("16.66");
    expect(s(totals.items.get("b")?.tax_total ?? 0)).toBe("3.33");
    expect({
      item_subtotal: s(totals.item_subtotal), // 200 + 16.66
      item_discount_total: s(totals.item_discount_total), // 20
      item_tax_total: s(totals.item_tax_total), // 36 + 3.33
      item_total: s(totals.item_total), // 216 + 19.99
      shipping_subtotal: s(totals.shipping_subtotal),
      shipping_tax_total: s(totals.shipping_tax_total),
      shipping_total: s(totals.shipping_total),
      subtotal: s(totals.subtotal), // 216.66 + 5
      discount_total: s(totals.discount_total),
      tax_total: s(totals.tax_total), // 39.33 + 1
      total: s(totals.total), // 235.99 + 6
      original_total: s(totals.original_total), // 240 + 19.99 + 6
    }).toEqual({
      item_subtotal: "216.66",
      item_discount_total: "20",
      item_tax_total: "39.33",
      item_total: "235.99",
      shipping_subtotal: "5",
      shipping_tax_total: "1",
      shipping_total: "6",
      subtotal: "221.66",
      discount_total: "20",
      tax_total: "40.33",
      total: "241.99",
      original_total: "265.99",
    });
  });

  it("US, prices exclude tax: a fixed 15.00 discount at 8.25 % and free shipping", () => {
    const totals = computeTotals({
      currency_code: "usd",
      items: [
        // 3 × 50 = 150 net, 15 off: 135 taxed at 8.25 % = 11.1375 → 11.14; pays 146.14
        {
          id: "a",
          unit_price: "50",
          quantity: 3,
          is_tax_inclusive: false,
          tax_lines: [{ rate: "8.25" }],
          adjustments: [{ amount: "15" }],
        },
      ],
      // 10.00 shipping, untaxed, discounted by 10.00 (free shipping)
      shipping_methods: [{ id: "sm", amount: "10", is_tax_inclusive: false, adjustments: [{ amount: "10" }] }],
    });
    expect({
      item_subtotal: s(totals.item_subtotal),
      item_discount_total: s(totals.item_discount_total),
      item_tax_total: s(totals.item_tax_total),
      item_total: s(totals.item_total),
      shipping_subtotal: s(totals.shipping_subtotal),
      shipping_discount_total: s(totals.shipping_discount_total),
      shipping_total: s(totals.shipping_total),
      subtotal: s(totals.subtotal),
      discount_total: s(totals.discount_total),
      tax_total: s(totals.tax_total),
      total: s(totals.total),
      // 150 + 12.375 → 12.38, + 10 shipping
      original_total: s(totals.original_total),
    }).toEqual({
      item_subtotal: "150",
      item_discount_total: "15",
      item_tax_total: "11.14",
      item_total: "146.14",
      shipping_subtotal: "10",
      shipping_discount_total: "10",
      shipping_total: "0",
      subtotal: "160",
      discount_total: "25",
      tax_total: "11.14",
      total: "146.14",
      original_total: "172.38",
    });
  });

  it("a province rate adds to the country's; halves round up", () => {
    // 100 × (5 % + 2.5 %) = 7.50
    expect(
      s(
        lineTotals(
          { amount: "100", quantity: 1, is_tax_inclusive: false, tax_lines: [{ rate: 5 }, { rate: 2.5 }] },
          "usd",
        ).tax_total,
      ),
    ).toBe("7.5");
    // 2.50 × 5 % = 0.125 → 0.13 (half-up, not banker's 0.12)
    expect(
      s(lineTotals({ amount: "2.5", quantity: 1, is_tax_inclusive: false, tax_lines: [{ rate: 5 }] }, "usd").tax_total),
    ).toBe("0.13");
  });

  it("rounds to the currency: yen has no minor unit, dinar three digits", () => {
    // 999 JPY including 10 %: 908.18… net → 908; tax 91
    const yen = lineTotals({ amount: "999", quantity: 1, is_tax_inclusive: true, tax_lines: [{ rate: 10 }] }, "jpy");
    expect([s(yen.subtotal), s(yen.tax_total), s(yen.total)]).toEqual(["908", "91", "999"]);
    // 1.2345 KWD × 2 excluding 5 %: 2.469 net, 0.12345 → 0.123 tax
    const kwd = lineTotals({ amount: "1.2345", quantity: 2, is_tax_inclusive: false, tax_lines: [{ rate: 5 }] }, "kwd");
    expect([s(kwd.subtotal), s(kwd.tax_total), s(kwd.total)]).toEqual(["2.469", "0.123", "2.592"]);
  });

  it("a discount never takes a line below zero, and an empty cart totals zero", () => {
    const line = lineTotals(
      {
        amount: "150",
        quantity: 1,
        is_tax_inclusive: false,
        tax_lines: [{ rate: 10 }],
        adjustments: [{ amount: "200" }],
      },
      "usd",
    );
    expect([s(line.discount_total), s(line.tax_total), s(line.total)]).toEqual(["150", "0", "0"]);
    const empty = computeTotals({ currency_code: "eur" });
    expect([s(empty.subtotal), s(empty.tax_total), s(empty.total)]).toEqual(["0", "0", "0"]);
  });
});
