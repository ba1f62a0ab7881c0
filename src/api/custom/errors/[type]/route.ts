import type { MedusaRequest, MedusaResponse } from "../../../../framework/http/index.ts";
import { ErrorTypes, TesseraError, type ErrorType } from "../../../../framework/errors/tessera-error.ts";

// Throws the error type named in the path, to show how each maps to an HTTP status; any other
// name throws a plain Error, which answers 500 without its message or stack.
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const type = req.params.type as ErrorType;
  if ((Object.values(ErrorTypes) as string[]).includes(type)) throw new TesseraError(type, `A ${type} error`);
  res.status(200);
  throw new Error("database password is hunter2");
};
