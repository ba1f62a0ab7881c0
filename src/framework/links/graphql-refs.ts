import type { ObjectRef } from "@pothos/core";
import { getRefFromModel } from "@pothos/plugin-prisma";
import { builder, type BuilderTypes } from "../graphql/builder.ts";

/**
 * Whether a Prisma model has a GraphQL type (modules may keep some models out of the schema). The
 * type may be named otherwise (`UserInvite` is `Invite`): plugin-prisma marks its types with the model.
 */
export const hasGraphQLType = (model: string) =>
  builder.configStore.hasImplementation(model) ||
  [...builder.configStore.typeConfigs.values()].some((config) => config.extensions?.pothosPrismaModel === model);
/** The Pothos ref of a model's Prisma object type. */
export const modelRef = (model: string) =>
  getRefFromModel(model, builder) as unknown as ObjectRef<BuilderTypes, Record<string, unknown> & { id: string }>;
