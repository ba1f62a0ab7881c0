import type { ObjectRef } from "@pothos/core";
import { getRefFromModel } from "@pothos/plugin-prisma";
import { builder, type BuilderTypes } from "../graphql/builder.ts";

/** Whether a model has a GraphQL type (modules may keep some models out of the schema). */
export const hasGraphQLType = (model: string) => builder.configStore.hasImplementation(model);
/** The Pothos ref of a model's Prisma object type. */
export const modelRef = (model: string) => getRefFromModel(model, builder) as unknown as ObjectRef<BuilderTypes, Record<string, unknown> & { id: string }>;
