import { useState, type ReactNode } from "react";
import { Link, useSearchParams } from "react-router-dom";
import { Container, Heading } from "../../sdk/components.tsx";
import type { InjectionZone } from "../../sdk/config.ts";
import { useQuery } from "../api/hooks.ts";
import { WidgetZone } from "../extensions/zone.tsx";
import type { TypedDocumentString } from "../generated/gql/graphql.ts";
import { Pager } from "./pager.tsx";

/** The variables every list query takes. */
export type ListVars = { search?: string | null; first?: number | null; after?: string | null };
/** A root connection as the list reads it. */
export type Connection<N> = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: readonly { node: N }[];
};

/** A column of a list: its header and what a row shows in it. */
export interface Column<N> {
  header: string;
  cell: (node: N) => ReactNode;
}

/**
 * A searchable, paged table over one root connection, with the page's list zones. With `rowLink`,
 * the first column links to the row's page.
 */
export function ListPage<TResult, N extends { id: string }>({
  title,
  zone,
  query,
  pick,
  columns,
  actions,
  rowLink,
  children,
}: {
  title: string;
  zone: string;
  query: TypedDocumentString<TResult, ListVars>;
  pick: (data: TResult) => Connection<N>;
  columns: readonly Column<N>[];
  actions?: ReactNode;
  rowLink?: (node: N) => string;
  /** More of the page, between the list and its `.list.after` zone. */
  children?: ReactNode;
}) {
  const [params, setParams] = useSearchParams();
  const search = params.get("q") ?? "";
  const after = params.get("after");
  const [draft, setDraft] = useState(search);
  const { data, error } = useQuery(query, { search: search || null, first: 20, after } as ListVars);
  const list = data ? pick(data) : undefined;
  return (
    <>
      <WidgetZone zone={`${zone}.list.before` as InjectionZone} />
      <Container>
        <div className="section-header">
          <Heading level="h1">{title}</Heading>
          {actions}
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
              Search {title.toLowerCase()}
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
              {columns.map((c) => (
                <th key={c.header} scope="col">
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {list?.edges.map(({ node }) => (
              <tr key={node.id}>
                {columns.map((c, i) => (
                  <td key={c.header}>
                    {i === 0 && rowLink ? <Link to={rowLink(node)}>{c.cell(node)}</Link> : c.cell(node)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {list?.totalCount === 0 && <p className="muted">Nothing here yet.</p>}
        <Pager
          total={list?.totalCount}
          next={list?.pageInfo.hasNextPage ? list.pageInfo.endCursor : null}
          atStart={!after}
          onPage={(cursor) => setParams({ ...(search ? { q: search } : {}), ...(cursor ? { after: cursor } : {}) })}
        />
      </Container>
      {children}
      <WidgetZone zone={`${zone}.list.after` as InjectionZone} />
    </>
  );
}
