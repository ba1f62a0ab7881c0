import type { NextFunction, Request, Response } from "express";
import { TesseraError } from "../errors/tessera-error.ts";
import { readAuthContext, type AuthMethod } from "./credentials.ts";
import type { TesseraRequest } from "./types.ts";
import { actorOfCaller, registerActor } from "../events/actor.ts";

export interface AuthenticateOptions {
  /** Let through an identity that has no actor of this type yet (registration routes). Default false. */
  allowUnregistered?: boolean;
}

/**
 * Lets a request through only when it proves one of `actorType` ("*" is any) with one of
 * `methods`; sets `req.auth_context`. Otherwise 401. Secret API keys act as admin users: they
 * pass for "user" (and "*") when "api-key" is among the methods.
 * @example authenticate("user", ["session", "bearer", "api-key"])
 */
export function authenticate(
  actorType: string | string[],
  methods: AuthMethod | AuthMethod[],
  options: AuthenticateOptions = {},
) {
  const actorTypes = [actorType].flat();
  const methodList = [methods].flat();
  const accepts = (type: string) =>
    actorTypes.includes("*") || actorTypes.includes(type) || (type === "api-key" && actorTypes.includes("user"));
  return async (req: Request, _res: Response, next: NextFunction): Promise<void> => {
    try {
      const context = await readAuthContext(req, methodList);
      const registered = context?.actor_id !== "";
      if (!context || !accepts(context.actor_type) || (!registered && !options.allowUnregistered)) {
        return next(new TesseraError(TesseraError.Types.UNAUTHORIZED, "Unauthorized"));
      }
      (req as TesseraRequest).auth_context = context;
      registerActor(req.scope, actorOfCaller({ actorType: context.actor_type, actorId: context.actor_id }));
      next();
    } catch (error) {
      next(error);
    }
  };
}
