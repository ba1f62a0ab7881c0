import type { TesseraContainer } from "../../framework/container/container.ts";

export interface SetAuthAppMetadataInput {
  authIdentityId: string;
  actorType: string;
  /** The actor's id; null removes the registration. */
  value: string | null;
}

/**
 * Medusa's `setAuthAppMetadataStep`, shaped as a step (invoke + compensate) until the workflow
 * engine is merged, when it becomes `createStep("set-auth-app-metadata", invoke, compensate)`.
 * Records that the auth identity is registered as `actorType` with id `value`.
 */
export const setAuthAppMetadataStep = {
  id: "set-auth-app-metadata",
  async invoke(container: TesseraContainer, input: SetAuthAppMetadataInput): Promise<SetAuthAppMetadataInput> {
    const auth = container.resolve("auth");
    const before = auth.authContextFor(await auth.retrieveAuthIdentity(input.authIdentityId), input.actorType).actor_id || null;
    await auth.setAppMetadata(input.authIdentityId, input.actorType, input.value);
    return { ...input, value: before };
  },
  /** Puts back what `invoke` replaced (its return value). */
  async compensate(container: TesseraContainer, previous: SetAuthAppMetadataInput): Promise<void> {
    await container.resolve("auth").setAppMetadata(previous.authIdentityId, previous.actorType, previous.value);
  },
};
