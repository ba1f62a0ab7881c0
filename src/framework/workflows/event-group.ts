/**
 * The event group of an execution: its outermost transaction. A nested workflow (runAsStep) runs
 * as `<parent>:<step>`, so its events wait for the outermost workflow, not for itself.
 */
export function eventGroupOf(transactionId: string): string {
  return transactionId.split(":")[0] ?? transactionId;
}

/** Whether this execution is an outermost one, which releases or drops its group when it ends. */
export const isOutermost = (transactionId: string) => !transactionId.includes(":");
