import { createSchema, createYoga } from "graphql-yoga";
import { describe, expect, it } from "vitest";
import { useExecutionTimeout } from "../src/framework/graphql/use-execution-timeout.ts";

// A resolver that never settles stands for a runaway query; a mutation stands for a workflow.
function app(timeoutMs: number) {
  let mutationRan = false;
  const schema = createSchema({
    typeDefs: "type Query { stuck: String, quick: String } type Mutation { slow: String }",
    resolvers: {
      Query: { stuck: () => new Promise<string>(() => undefined), quick: () => "ok" },
      Mutation: {
        slow: async () => {
          await new Promise((r) => setImmediate(r));
          mutationRan = true;
          return "done";
        },
      },
    },
  });
  const yoga = createYoga({ schema, plugins: [useExecutionTimeout(timeoutMs)], logging: false });
  const post = async (query: string) =>
    (
      await yoga.fetch("http://yoga/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query }),
      })
    ).json() as Promise<{ data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] }>;
  return { post, mutationRan: () => mutationRan };
}

describe("the per-request timeout", () => {
  it("ends a query that runs past the limit with a TIMEOUT error", async () => {
    const { post } = app(50);
    const res = await post("{ stuck }");
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: "TIMEOUT" } });
    expect(res.errors?.[0]?.message).toMatch(/longer than 50 ms/);
    expect((await post("{ quick }")).data).toEqual({ quick: "ok" });
  });

  it("lets a mutation finish, and is off at 0", async () => {
    const { post, mutationRan } = app(50);
    expect((await post("mutation { slow }")).data).toEqual({ slow: "done" });
    expect(mutationRan()).toBe(true);
    // The same stuck query on a 50 ms limit, sent after it: once that one is cut, a limit on the
    // first would have cut it before.
    let answered = false;
    void app(0)
      .post("{ stuck }")
      .then(() => {
        answered = true;
      });
    const cut = await app(50).post("{ stuck }");
    expect(cut.errors?.[0]).toMatchObject({ extensions: { code: "TIMEOUT" } });
    expect(answered).toBe(false);
  });
});
