import type { MedusaRequest, MedusaResponse } from "../../../../../../../src/framework/http/index.ts";
import { ErrorTypes, TesseraError, type ErrorType } from "../../../../../../../src/framework/errors/tessera-error.ts";

const isErrorType = (value: string): value is ErrorType => (Object.values(ErrorTypes) as string[]).includes(value);

// Throws the error type named in the path, to show how each maps to an HTTP status; any other
// name throws a plain Error, which answers 500 without its message or stack.
export const GET = async (req: MedusaRequest, _res: MedusaResponse) => {
  const type = String(req.params.type);
  if (isErrorType(type)) throw new TesseraError(type, `A ${type} error`);
  throw new Error("database password is hunter2");
};
