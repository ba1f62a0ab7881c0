import { beforeAll, describe, expect, it } from "vitest";
import { TesseraError } from "../../../framework/errors/tessera-error.ts";
import { recordEvents } from "../../../framework/test-utils/events.ts";
import { integrationTestRunner } from "../../../framework/test-utils/runners.ts";
import { createShippingOptionsWorkflow } from "../../../workflows/fulfillment/index.ts";
import {
  CreateShippingOptionMutation,
  CreateShippingProfileMutation,
} from "../../../../test/operations/fulfillment.ts";

// A hook that refuses on demand: the workflow must compensate everything before it.
createShippingOptionsWorkflow.hooks.shippingOptionsCreated(({ additional_data }) => {
  if (additional_data?.refuse) throw new TesseraError(TesseraError.Types.NOT_ALLOWED, "Refused by a hook");
});

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let received: { id: string }[] = [];
    let zoneId = "";
    let profileId = "";
    beforeAll(async () => {
      received = recordEvents<{ id: string }>(getContainer().resolve("eventBus"), "shipping_option.created").received;
      const f = getContainer().resolve("fulfillment");
      const [set] = await f.createFulfillmentSetsWithZones([
        {
          name: "Set",
          type: "shipping",
          service_zones: [{ name: "DE", geo_zones: [{ type: "country", country_code: "de" }] }],
        },
      ]);
      zoneId = (await f.listServiceZones({ fulfillment_set_id: set?.id ?? "" }))[0]?.id ?? "";
      const profile = await api.graphql(CreateShippingProfileMutation, { input: { name: "Default" } });
      profileId = profile.data?.createShippingProfile.shippingProfile?.id ?? "";
    });
    const input = (extra: Record<string, unknown>) =>
      ({
        name: "Standard",
        priceType: "FLAT",
        serviceZoneId: zoneId,
        shippingProfileId: profileId,
        providerId: "manual_manual",
        type: { label: "Standard", code: "standard" },
        prices: [{ currencyCode: "eur", amount: "5" }],
        ...extra,
      }) as never;
    const rows = async () => {
      const c = getContainer();
      return [
        (await c.resolve("fulfillment").listAndCountShippingOptions({}, { withDeleted: true }))[1],
        (await c.resolve("fulfillment").listAndCountShippingOptionTypes({}, { withDeleted: true }))[1],
        (await c.resolve("pricing").listAndCountPriceSets({}, { withDeleted: true }))[1],
      ];
    };

    describe("createShippingOption", () => {
      it("creates once for one idempotencyKey and emits shipping_option.created once", async () => {
        const first = await api.graphql(CreateShippingOptionMutation, { input: input({ idempotencyKey: "so-1" }) });
        const again = await api.graphql(CreateShippingOptionMutation, { input: input({ idempotencyKey: "so-1" }) });
        const id = first.data?.createShippingOption.shippingOption?.id;
        expect(again.data?.createShippingOption.shippingOption?.id).toBe(id);
        await getContainer().resolve("eventBus").drain();
        expect(received.map((e) => e.id)).toEqual([id]);
        expect(await rows()).toEqual([1, 1, 1]);
      });

      it("leaves no option, type, price set or link and emits nothing when a hook refuses", async () => {
        const before = await rows();
        const res = await api.graphql(CreateShippingOptionMutation, {
          input: input({ name: "Hooked", additionalData: { refuse: true } }),
        });
        expect(res.data?.createShippingOption.userErrors).toEqual([
          { field: null, message: "Refused by a hook", code: "NOT_ALLOWED" },
        ]);
        await getContainer().resolve("eventBus").drain();
        expect(received).toHaveLength(1);
        expect(await rows()).toEqual(before);
      });
    });
  },
});
