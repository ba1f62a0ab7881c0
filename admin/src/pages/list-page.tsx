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

/**
 * A select above a list: its choice is kept in the URL (`?<param>=`) and `variables` turns the
 * page's choices into the query's variables (e.g. `{ filter: { status: { eq } } }`).
 */
export interface ListFilter {
  param: string;
  label: string;
  /** The choices as `{ value: "Label" }`; the empty choice ("All") is added. */
  choices: Record<string, string>;
}

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
  filters = [],
  variables,
  actions,
  rowLink,
  children,
}: {
  title: string;
  zone: string;
  query: TypedDocumentString<TResult, ListVars>;
  pick: (data: TResult) => Connection<N>;
  columns: readonly Column<N>[];
  filters?: readonly ListFilter[];
  /** The query's variables for the filters' choices (by param; only the chosen ones). */
  variables?: (chosen: Record<string, string>) => Record<string, unknown>;
  actions?: ReactNode;
  rowLink?: (node: N) => string;
  /** More of the page, between the list and its `.list.after` zone. */
  children?: ReactNode;
}) {
  const [params, setParams] = useSearchParams();
  const search = params.get("q") ?? "";
  const after = params.get("after");
  const [draft, setDraft] = useState(search);
  const chosen = Object.fromEntries(
    filters.flatMap((f) => {
      const value = params.get(f.param);
      return value ? [[f.param, value]] : [];
    }),
  );
  const { data, error } = useQuery(query, {
    search: search || null,
    first: 20,
    after,
    ...variables?.(chosen),
  } as ListVars);
  /** The URL's parameters with `changes` applied; a new search or filter starts at the first page. */
  const withParams = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    next.delete("after");
    for (const [key, value] of Object.entries(changes)) value ? next.set(key, value) : next.delete(key);
    return next;
  };
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
              setParams(withParams({ q: draft }));
            }}
          >
            <label>
              Search {title.toLowerCase()}
              <input type="search" value={draft} onChange={(e) => setDraft(e.target.value)} />
            </label>
            <button type="submit" className="ui-button ui-button-secondary">
              Search
            </button>
            {filters.map((f) => (
              <label key={f.param}>
                {f.label}
                <select
                  value={params.get(f.param) ?? ""}
                  onChange={(e) => setParams(withParams({ [f.param]: e.target.value }))}
                >
                  <option value="">All</option>
                  {Object.entries(f.choices).map(([value, text]) => (
                    <option key={value} value={value}>
                      {text}
                    </option>
                  ))}
                </select>
              </label>
            ))}
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
          onPage={(cursor) => {
            const next = withParams({});
            if (cursor) next.set("after", cursor);
            setParams(next);
          }}
        />
      </Container>
      {children}
      <WidgetZone zone={`${zone}.list.after` as InjectionZone} />
    </>
  );
}
