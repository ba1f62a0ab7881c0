import { TesseraError, graphqlCodeByType, userFixableTypes } from "../errors/tessera-error.ts";
import { builder } from "./builder.ts";
import { hookOf } from "../workflows/hook-error.ts";

/** An error the caller can fix by changing the input; mutations return them in `userErrors`. */
export interface UserErrorShape {
  field: string[] | null;
  message: string;
  code: string;
}

/** The codes a userError carries: the user-fixable error types' GraphQL codes. */
export const UserErrorCode = builder.enumType("UserErrorCode", {
  description: "Why the input was refused.",
  values: {
    INVALID_DATA: { value: "INVALID_DATA", description: "A value is malformed or breaks a rule: fix it." },
    DUPLICATE: { value: "DUPLICATE", description: "A unique value is taken: `field` names which." },
    NOT_FOUND: { value: "NOT_FOUND", description: "A referenced record does not exist." },
    NOT_ALLOWED: { value: "NOT_ALLOWED", description: "Not possible in the record's current state." },
    CONFLICT: { value: "CONFLICT", description: "A concurrent change got there first: read again and retry." },
    NOT_STOCKED_AT_LOCATION: {
      value: "NOT_STOCKED_AT_LOCATION",
      description: "The inventory item has no level at that stock location: create one first.",
    },
    SHIPPING_OPTION_INVALID: {
      value: "SHIPPING_OPTION_INVALID",
      description: "The shipping option does not serve the cart's address, items or channel.",
    },
    SHIPPING_ADDRESS_REQUIRED: {
      value: "SHIPPING_ADDRESS_REQUIRED",
      description: "The cart needs a shipping address first.",
    },
    INSUFFICIENT_INVENTORY: {
      value: "INSUFFICIENT_INVENTORY",
      description: "The sales channel's stock locations do not hold enough units of an item (another order took them).",
    },
    PROMOTION_CODE_UNKNOWN: { value: "PROMOTION_CODE_UNKNOWN", description: "No active promotion has this code." },
    PROMOTION_CODE_NOT_STARTED: {
      value: "PROMOTION_CODE_NOT_STARTED",
      description: "The promotion's campaign has not started.",
    },
    PROMOTION_CODE_EXPIRED: { value: "PROMOTION_CODE_EXPIRED", description: "The promotion's campaign has ended." },
    PROMOTION_RULES_NOT_MET: {
      value: "PROMOTION_RULES_NOT_MET",
      description: "The cart does not meet the promotion's rules.",
    },
    PROMOTION_NOT_APPLICABLE: {
      value: "PROMOTION_NOT_APPLICABLE",
      description: "The promotion gives this cart no discount (no item or shipping method it targets).",
    },
    PROMOTION_BUDGET_EXCEEDED: {
      value: "PROMOTION_BUDGET_EXCEEDED",
      description: "The promotion's campaign budget is used up.",
    },
    ORDER_CANCELED: { value: "ORDER_CANCELED", description: "The order was canceled: it cannot change or be paid." },
    ORDER_FULFILLED: {
      value: "ORDER_FULFILLED",
      description: "Items of the order were fulfilled while it was being canceled: try again.",
    },
    ORDER_SHIPPED: {
      value: "ORDER_SHIPPED",
      description: "Items of the order were shipped: it cannot be canceled any more (return them instead).",
    },
    PAYMENT_CANCELED: {
      value: "PAYMENT_CANCELED",
      description: "The payment was canceled (voided) and cannot be captured.",
    },
    QUANTITY_BELOW_FULFILLED: {
      value: "QUANTITY_BELOW_FULFILLED",
      description: "An order item cannot have fewer units than were already fulfilled.",
    },
  } as const,
});

export const UserError = builder.objectRef<UserErrorShape>("UserError").implement({
  description: "A problem with the input that the caller can fix.",
  fields: (t) => ({
    field: t.exposeStringList("field", {
      nullable: true,
      description: 'Path to the input field, e.g. ["input", "title"].',
    }),
    message: t.exposeString("message"),
    code: t.field({ type: UserErrorCode, resolve: (e) => e.code as "INVALID_DATA" }),
  }),
});

/**
 * Runs a mutation body; a user-fixable TesseraError becomes `{ userErrors: [...] }` with the
 * other payload fields null, anything else propagates as a GraphQL error.
 */
export async function withUserErrors<T extends object>(
  run: () => Promise<T>,
): Promise<Partial<T> & { userErrors: UserErrorShape[] }> {
  try {
    return { ...(await run()), userErrors: [] };
  } catch (error) {
    if (TesseraError.is(error) && userFixableTypes.has(error.type)) {
      return {
        userErrors: [
          {
            field: error.field ? ["input", ...error.field] : null,
            message: error.message,
            code: error.code ?? graphqlCodeByType[error.type],
          },
        ],
      } as Partial<T> & { userErrors: UserErrorShape[] };
    }
    const hook = hookOf(error);
    if (hook) {
      // A project hook threw a plain Error: refused, but its text may be internal (SQL, a stack).
      return {
        userErrors: [{ field: null, message: `Refused by the ${hook} hook`, code: graphqlCodeByType.not_allowed }],
      } as Partial<T> & { userErrors: UserErrorShape[] };
    }
    throw error;
  }
}
