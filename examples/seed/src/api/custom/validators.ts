import { z } from "zod";

// The seed's validation example: the body of POST /custom.
export const PostStoreCustomSchema = z.object({
  a: z.number(),
  b: z.number(),
});

export type PostStoreCustomSchemaType = z.infer<typeof PostStoreCustomSchema>;
