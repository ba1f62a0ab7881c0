/** Thrown by a step to fail at once: no retry, the workflow compensates. */
export class PermanentStepFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PermanentStepFailure";
  }
}

/** What `StepResponse.skip()` returns: the step is marked skipped and outputs undefined. */
export class SkipStepResponse {
  readonly skipped = true;
}

/**
 * A step's result: `output` flows to later steps, `compensateInput` (default: the output) is
 * what the step's compensation receives if the workflow rolls back.
 * @example return new StepResponse(product, product.id)
 */
export class StepResponse<O = unknown, C = O> {
  readonly output: O;
  readonly compensateInput: C;
  readonly hasCompensateInput: boolean;

  constructor(output: O, ...compensateInput: [] | [C]) {
    this.output = output;
    this.hasCompensateInput = compensateInput.length > 0;
    this.compensateInput = (this.hasCompensateInput ? compensateInput[0] : output) as C;
  }

  /** Fails the step without retrying it; the workflow compensates. */
  static permanentFailure(message: string): never {
    throw new PermanentStepFailure(message);
  }

  /** Marks the step skipped: later steps see `undefined` as its output. */
  static skip(): SkipStepResponse {
    return new SkipStepResponse();
  }
}
