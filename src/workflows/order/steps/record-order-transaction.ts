import type { OrderTransactionInput } from "../../../modules/order/types.ts";
import { moduleRowSteps } from "../../common/steps/module-rows.ts";

const { createRowsStep } = moduleRowSteps("order");

export const recordOrderTransactionsStepId = "record-order-transactions";
/**
 * Records money that moved for orders (captures positive, refunds negative) at each order's
 * version; compensation deletes the transactions again.
 */
export const recordOrderTransactionsStep = createRowsStep(
  recordOrderTransactionsStepId,
  async (s, input: OrderTransactionInput[]) => {
    const out = [];
    for (const transaction of input) out.push(await s.recordOrderTransaction(transaction));
    return out;
  },
  (s, ids) => s.deleteOrderTransactions(ids),
);
