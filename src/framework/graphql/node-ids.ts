import { TesseraError } from "../errors/tessera-error.ts";

const typenameByPrefix = new Map<string, string>();

/** Records that ids starting with `${prefix}_` belong to the GraphQL type `typename`. */
export function registerIdPrefix(prefix: string, typename: string): void {
  typenameByPrefix.set(prefix, typename);
}

/** The GraphQL type of an id, from its prefix; a malformed or unknown id is INVALID_DATA. */
export function typenameForId(id: string): string {
  const match = /^([a-z]+)_[0-9A-HJKMNP-TV-Z]{26}$/.exec(id);
  const typename = match ? typenameByPrefix.get(match[1] as string) : undefined;
  if (!typename)
    throw new TesseraError(TesseraError.Types.INVALID_DATA, `Malformed or unknown id: ${JSON.stringify(id)}`, {
      field: ["id"],
    });
  return typename;
}

/** Checks that `id` is a well-formed id of the given prefix. */
export function assertIdPrefix(id: string, prefix: string, field = "id"): void {
  if (!new RegExp(`^${prefix}_[0-9A-HJKMNP-TV-Z]{26}$`).test(id)) {
    throw new TesseraError(TesseraError.Types.INVALID_DATA, `Malformed id for ${field}: ${JSON.stringify(id)}`, {
      field: [field],
    });
  }
}
