import { asFunction } from "awilix";
import type { TesseraContainer } from "../container/container.ts";
import { LinkService } from "./link-service.ts";

declare module "../container/container.ts" {
  interface ContainerRegistrations {
    /** Creates, dismisses, deletes and restores links between modules' records. */
    link: LinkService;
    /** Medusa's name for the link service. */
    remoteLink: LinkService;
  }
}

/** Registers the link service under `link` and `remoteLink` (one instance). */
export function registerLinkService(container: TesseraContainer): void {
  container.register({ link: asFunction(() => new LinkService(container)).singleton() });
  container.register({ remoteLink: asFunction(() => container.resolve("link")).singleton() });
}
