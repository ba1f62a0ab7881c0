import { describe, expect, it } from "vitest";
import type { ExecArgs } from "../src/framework/cli/app-commands.ts";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";
import { listShippingOptionsForContext } from "../src/links/reads/shipping-options-for-context.ts";
import seedDemo from "../src/scripts/seed.ts";

integrationTestRunner({
  testSuite: ({ getContainer }) => {
    describe("demo shipping seed", () => {
      it("gives a fresh install Standard and Express shipping in EUR and USD from the European Warehouse, once", async () => {
        const container = getContainer();
        await seedDemo({ container, args: [] } satisfies ExecArgs);
        await seedDemo({ container, args: [] } satisfies ExecArgs);
        const [channel] = await container
          .resolve("salesChannel")
          .listSalesChannels({ name: "Default Sales Channel" }, { take: 1 });
        const list = async (country_code: string, currency_code: string) =>
          (
            await listShippingOptionsForContext(container, {
              address: { country_code },
              currency_code,
              sales_channel_id: channel?.id ?? "",
              item_subtotal: "40",
            })
          ).map((o) => `${o.name}:${o.amount}:${o.type?.code}`);
        expect(await list("de", "eur")).toEqual(["Standard Shipping:4.9:standard", "Express Shipping:9.9:express"]);
        expect(await list("us", "usd")).toEqual(["Standard Shipping:5.9:standard", "Express Shipping:12.9:express"]);
        expect(await list("jp", "eur")).toEqual([]);
        expect(await container.resolve("fulfillment").listShippingOptions({})).toHaveLength(4);
      });
    });
  },
});
