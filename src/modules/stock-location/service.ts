import { ModuleService, type Context, type CreateInput, type Row } from "../../framework/modules/service-factory.ts";
import { StockLocation, StockLocationAddress } from "./models.ts";

export type AddressInput = Omit<CreateInput<"StockLocationAddress">, "location"> & {
  address_1: string;
  country_code: string;
};
export interface StockLocationInput extends Omit<CreateInput<"StockLocation">, "address" | "address_id"> {
  name: string;
  address?: AddressInput | null;
}

export default class StockLocationModuleService extends ModuleService({ StockLocation, StockLocationAddress }) {
  /** Creates locations with their addresses, all or none. */
  async createLocationsWithAddress(input: StockLocationInput[], ctx?: Context): Promise<Row<"StockLocation">[]> {
    return this.transaction(async (c) => {
      const out: Row<"StockLocation">[] = [];
      for (const { address, ...location } of input) {
        const addressRow = address
          ? await this.createStockLocationAddresses({ ...address, country_code: address.country_code.toLowerCase() }, c)
          : undefined;
        const row = await this.createStockLocations({ ...location, address_id: addressRow?.id ?? null }, c);
        out.push(await this.retrieveStockLocation(row.id, { relations: ["address"] }, c));
      }
      return out;
    }, ctx);
  }

  /** Updates a location; `address`, when given, replaces its address (null removes it). */
  async updateLocationWithAddress(
    data: Partial<StockLocationInput> & { id: string },
    ctx?: Context,
  ): Promise<Row<"StockLocation">> {
    return this.transaction(async (c) => {
      const { address, id, ...rest } = data;
      const current = await this.retrieveStockLocation(id, {}, c);
      let addressId: string | null | undefined;
      if (address === null) addressId = null;
      else if (address)
        addressId = (
          await this.createStockLocationAddresses({ ...address, country_code: address.country_code.toLowerCase() }, c)
        ).id;
      await this.updateStockLocations(
        { id, ...rest, ...(addressId !== undefined ? { address_id: addressId } : {}) },
        c,
      );
      if (addressId !== undefined && current.address_id)
        await this.deleteStockLocationAddresses([current.address_id], c);
      return this.retrieveStockLocation(id, { relations: ["address"] }, c);
    }, ctx);
  }
}
