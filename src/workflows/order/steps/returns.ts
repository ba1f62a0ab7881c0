import { createStep, StepResponse } from "../../../framework/workflows/index.ts";
import type { ReceiveReturnInput, RequestReturnInput } from "../../../modules/order/lifecycle-service.ts";

export const requestReturnStepId = "request-return";
/** Writes the return and moves the items' requested quantities (order module); compensation removes it all. */
export const requestReturnStep = createStep(
  requestReturnStepId,
  async (input: RequestReturnInput, { container }) => {
    const ret = await container.resolve("order").requestReturn(input);
    return new StepResponse(ret, ret.id);
  },
  async (id, { container }) => {
    await container.resolve("order").removeReturnRequest(id);
  },
);

export const receiveReturnStepId = "receive-return";
/** Receives returned items (order module); compensation puts the return and the quantities back. */
export const receiveReturnStep = createStep(
  receiveReturnStepId,
  async (input: ReceiveReturnInput, { container }) => {
    const { return: ret, receipt } = await container.resolve("order").receiveReturn(input);
    return new StepResponse(ret, receipt);
  },
  async (receipt, { container }) => {
    await container.resolve("order").undoReturnReceipt(receipt);
  },
);
