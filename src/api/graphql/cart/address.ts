import { z } from "zod";
import { zodJson } from "../../../framework/graphql/zod-input.ts";
import { moneyFields } from "../../../framework/money/index.ts";
import type { CartAddressInput, Metadata } from "../../../modules/cart/types.ts";

// The address input carts take (and draft orders, which are built the same way).

const text = () => z.string().trim().max(1000).nullish();
export const address = z
  .object({
    firstName: text().describe("The recipient's first name."),
    lastName: text().describe("The recipient's last name."),
    company: text().describe("A company name."),
    address1: text().describe("The street address."),
    address2: text().describe("A second address line."),
    city: text().describe("The city."),
    countryCode: moneyFields.countryCode.nullish().describe("ISO 3166-1 alpha-2: where taxes are computed from."),
    province: text().describe('A province or state code, e.g. "us-ca".'),
    postalCode: text().describe("The postal code."),
    phone: text().describe("A phone number."),
    metadata: zodJson().nullish().describe("Free-form data kept with the address."),
  })
  .meta({ graphql: { inputName: "CartAddressInput" } });
/** An address as the input declares it. */
export type AddressInput = z.output<typeof address>;

/** The workflows' address (snake_case) from the input. */
export const toAddress = (a: AddressInput | null | undefined): CartAddressInput | null | undefined =>
  a == null
    ? a
    : {
        first_name: a.firstName ?? null,
        last_name: a.lastName ?? null,
        company: a.company ?? null,
        address_1: a.address1 ?? null,
        address_2: a.address2 ?? null,
        city: a.city ?? null,
        country_code: a.countryCode ?? null,
        province: a.province?.toLowerCase() ?? null,
        postal_code: a.postalCode ?? null,
        phone: a.phone ?? null,
        metadata: (a.metadata as Metadata | undefined) ?? null,
      };
