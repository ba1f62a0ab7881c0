import type { GraphiQLOptions } from "graphql-yoga";
import type { TesseraContainer } from "../container/container.ts";

// The title of the development GraphiQL page.
const title = "Tessera GraphiQL";

/**
 * The GraphiQL page's options: on a local install (GraphiQL is served only outside production)
 * the headers editor starts with the storefront's publishable key, the one the start output
 * prints (the demo seed creates it), so a first query reads the catalogue as a storefront would.
 */
export async function graphiqlOptions(container: TesseraContainer): Promise<GraphiQLOptions> {
  const [key] = container.hasRegistration("apiKey")
    ? await container
        .resolve("apiKey")
        .listApiKeys({ type: "publishable", revoked_at: null }, { take: 1, order: { created_at: "ASC" } })
    : [];
  const headers = key ? JSON.stringify({ "x-publishable-api-key": key.token }, null, 2) : undefined;
  return { title, ...(headers ? { headers, defaultHeaders: headers } : {}) };
}

/**
 * The page itself, editor and workers inlined from @graphql-yoga/render-graphiql: nothing is loaded
 * from a CDN. Imported on the first page view: the package is a 9 MB script that a production
 * server (no GraphiQL) and every development restart would otherwise parse at boot.
 */
export const renderLocalGraphiQL = async (options: GraphiQLOptions): Promise<string> => {
  const { renderGraphiQL } = await import("@graphql-yoga/render-graphiql");
  return renderGraphiQL(options);
};
