/** A record's shipping and billing addresses as given with it (a cart's, an order's). */
export interface OwnedAddresses<A> {
  shipping_address?: A | null;
  billing_address?: A | null;
}

/**
 * Creates the addresses given with a record, before the record: the columns its row names them by.
 * @example const ids = await createOwnedAddresses((a) => this.createAddresses(a, c), data)
 */
export async function createOwnedAddresses<A>(
  create: (address: A) => Promise<{ id: string }>,
  { shipping_address, billing_address }: OwnedAddresses<A>,
): Promise<{ shipping_address_id?: string; billing_address_id?: string }> {
  const ship = shipping_address ? await create(shipping_address) : null;
  const bill = billing_address ? await create(billing_address) : null;
  return { ...(ship ? { shipping_address_id: ship.id } : {}), ...(bill ? { billing_address_id: bill.id } : {}) };
}
