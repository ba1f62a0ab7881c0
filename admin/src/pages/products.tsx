import { useState } from "react";
import { Link, useSearchParams } from "react-router-dom";
import { Badge, Container, Heading } from "../../sdk/components.tsx";
import { useQuery } from "../api/hooks.ts";
import { WidgetZone } from "../extensions/zone.tsx";
import { graphql } from "../generated/gql/gql.ts";
import { Pager } from "./pager.tsx";

const ProductsQuery = graphql(`
  query AdminProducts($search: String, $first: Int, $after: String) {
    products(search: $search, first: $first, after: $after, sort: [{ field: CREATED_AT, direction: DESC }]) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          handle
          status
          variants {
            id
          }
        }
      }
    }
  }
`);

export function ProductsPage() {
  const [params, setParams] = useSearchParams();
  const search = params.get("q") ?? "";
  const after = params.get("after");
  const [draft, setDraft] = useState(search);
  const { data, error, loading } = useQuery(ProductsQuery, { search: search || null, first: 20, after });
  return (
    <>
      <WidgetZone zone="product.list.before" />
      <Container>
        <div className="section-header">
          <Heading level="h1">Products</Heading>
          <Link className="ui-button ui-button-primary" to="/products/new">
            Create product
          </Link>
        </div>
        <search>
          <form
            className="toolbar"
            onSubmit={(e) => {
              e.preventDefault();
              setParams(draft ? { q: draft } : {});
            }}
          >
            <label>
              Search products
              <input type="search" value={draft} onChange={(e) => setDraft(e.target.value)} />
            </label>
            <button type="submit" className="ui-button ui-button-secondary">
              Search
            </button>
          </form>
        </search>
        {error && <p role="alert">{error.message}</p>}
        <table>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Handle</th>
              <th scope="col">Status</th>
              <th scope="col">Variants</th>
            </tr>
          </thead>
          <tbody>
            {data?.products.edges.map(({ node }) => (
              <tr key={node.id}>
                <td>
                  <Link to={`/products/${encodeURIComponent(node.id)}`}>{node.title}</Link>
                </td>
                <td>{node.handle}</td>
                <td>
                  <Badge color={node.status === "PUBLISHED" ? "green" : "grey"}>{node.status.toLowerCase()}</Badge>
                </td>
                <td>{node.variants.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {!loading && data?.products.totalCount === 0 && <p>No products match.</p>}
        <Pager
          total={data?.products.totalCount}
          next={data?.products.pageInfo.hasNextPage ? data.products.pageInfo.endCursor : null}
          onPage={(cursor) => setParams({ ...(search ? { q: search } : {}), ...(cursor ? { after: cursor } : {}) })}
          atStart={!after}
        />
      </Container>
      <WidgetZone zone="product.list.after" />
    </>
  );
}
