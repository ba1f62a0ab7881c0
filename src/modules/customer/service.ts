import { TesseraError } from "../../framework/errors/tessera-error.ts";
import { ModuleService, type Context, type CreateInput, type Row } from "../../framework/modules/service-factory.ts";
import { Customer, CustomerAddress, CustomerGroup } from "./models.ts";

export type AddressInput = Omit<CreateInput<"CustomerAddress">, "customer" | "customer_id" | "id">;

export default class CustomerModuleService extends ModuleService({ Customer, CustomerAddress, CustomerGroup }) {
  /**
   * Adds an address; when it is the default for shipping or billing, the customer's previous
   * default loses that flag in the same transaction.
   */
  async addAddress(customerId: string, address: AddressInput, ctx?: Context): Promise<Row<"CustomerAddress">> {
    return this.transaction(async (c) => {
      await this.retrieveCustomer(customerId, {}, c);
      await this.clearDefaults(customerId, address, c);
      return this.createCustomerAddresses({ ...address, customer_id: customerId }, c);
    }, ctx);
  }

  /** Removes an address of this customer; someone else's address is NOT_FOUND. */
  async removeAddress(customerId: string, addressId: string, ctx?: Context): Promise<void> {
    const [address] = await this.listCustomerAddresses({ id: addressId, customer_id: customerId }, { take: 1 }, ctx);
    if (!address)
      throw new TesseraError(TesseraError.Types.NOT_FOUND, `CustomerAddress with id: ${addressId} was not found`);
    await this.softDeleteCustomerAddresses([addressId], ctx);
  }

  /**
   * Changes one of this customer's addresses (someone else's is NOT_FOUND); a new default takes
   * the flag from the old one in the same transaction. Returns the address and, for an undo,
   * every address row as it was before.
   */
  async updateAddress(
    customerId: string,
    addressId: string,
    data: Partial<AddressInput>,
    ctx?: Context,
  ): Promise<{ address: Row<"CustomerAddress">; previous: Row<"CustomerAddress">[] }> {
    return this.transaction(async (c) => {
      const [address] = await this.listCustomerAddresses({ id: addressId, customer_id: customerId }, { take: 1 }, c);
      if (!address)
        throw new TesseraError(TesseraError.Types.NOT_FOUND, `CustomerAddress with id: ${addressId} was not found`);
      const defaults = await this.listCustomerAddresses(
        { customer_id: customerId, $or: [{ is_default_shipping: true }, { is_default_billing: true }] },
        {},
        c,
      );
      await this.clearDefaults(customerId, data as AddressInput, c);
      const updated = await this.updateCustomerAddresses({ ...data, id: addressId }, c);
      return { address: updated, previous: [address, ...defaults.filter((d) => d.id !== addressId)] };
    }, ctx);
  }

  /** Adds customers to a group (existing members stay). */
  async addCustomersToGroup(groupId: string, customerIds: string[], ctx?: Context): Promise<Row<"CustomerGroup">> {
    return this.transaction(async (c) => {
      const group = await this.retrieveCustomerGroup(groupId, { relations: ["customers"] }, c);
      for (const id of customerIds) await this.retrieveCustomer(id, {}, c);
      const members = new Set([...(group.customers ?? []).map((m) => m.id), ...customerIds]);
      return this.updateCustomerGroups({ id: groupId, customers: [...members] }, c);
    }, ctx);
  }

  private async clearDefaults(customerId: string, address: AddressInput, ctx: Context): Promise<void> {
    if (address.is_default_shipping)
      await this.updateCustomerAddresses(
        { selector: { customer_id: customerId, is_default_shipping: true }, data: { is_default_shipping: false } },
        ctx,
      );
    if (address.is_default_billing)
      await this.updateCustomerAddresses(
        { selector: { customer_id: customerId, is_default_billing: true }, data: { is_default_billing: false } },
        ctx,
      );
  }
}
