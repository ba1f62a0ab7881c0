import type { ComponentType, ReactNode } from "react";
import { Link, useNavigate, useParams } from "react-router-dom";
import { Container, Heading } from "../../sdk/components.tsx";
import type { InjectionZone } from "../../sdk/config.ts";
import { type UserErrorShape, useQuery } from "../api/hooks.ts";
import { WidgetZone } from "../extensions/zone.tsx";
import { ConfirmButton } from "../forms/confirm-button.tsx";
import type { TypedDocumentString } from "../generated/gql/graphql.ts";
import { type Column, type Connection, type ListFilter, ListPage, type ListVars } from "../pages/list-page.tsx";
import { type FieldSpec, ResourceForm } from "./resource-form.tsx";
import type { SaveResult, Values } from "./values.ts";

/** Where a resource sits in the sidebar. */
export type NavSection = "Orders" | "Catalog" | "Customers" | "Pricing" | "Store";

/** A row of a detail page: a label and the record's value for it. */
export interface Property<R> {
  label: string;
  value: (record: R) => ReactNode;
}

/**
 * Everything the dashboard needs to list, show, create and edit one kind of record. The pages
 * themselves are shared: a resource is its queries, columns, rows and fields.
 */
export interface ResourceDef<TList, TDetail, N extends { id: string }, R extends { id: string }> {
  /** The URL segment under /app, e.g. "collections". */
  path: string;
  title: string;
  /** The name of one record, for "Create …" and "Edit …". */
  singular: string;
  /** Medusa's zone prefix: widgets go in `<zone>.list.before`, `<zone>.details.after`, … */
  zone: string;
  icon: ComponentType;
  section: NavSection;
  list: {
    query: TypedDocumentString<TList, ListVars>;
    pick: (data: TList) => Connection<N>;
    columns: readonly Column<N>[];
    /** Selects above the list (e.g. an order's status), kept in the URL and passed to the query. */
    filters?: readonly ListFilter[];
    /** The query's variables for the chosen filters (by param). */
    variables?: (chosen: Record<string, string>) => Record<string, unknown>;
    /** More of the list page (e.g. the invites beside the users). */
    Extra?: ComponentType;
  };
  detail: {
    query: TypedDocumentString<TDetail, { id: string }>;
    pick: (data: TDetail) => R | null | undefined;
    heading: (record: R) => string;
    properties: readonly Property<R>[];
    /** More of the detail page, e.g. a table of the record's children with a form to add one. */
    Extra?: ComponentType<{ record: R; refetch: () => Promise<void> }>;
  };
  /** Deletes a record (its delete mutation's userErrors); the detail page gets a Delete button with a confirmation. */
  remove?: (id: string) => Promise<readonly UserErrorShape[]>;
  form?: {
    fields: readonly FieldSpec[];
    /** The create form's starting values. */
    blank: Values;
    create: (values: Values) => Promise<SaveResult>;
    /** The edit form's values for a record, and its save; without them there is no edit page. */
    values?: (record: R) => Values;
    /** `before` is what the form started with, for inputs that should only carry changes. */
    update?: (id: string, values: Values, before: Values) => Promise<SaveResult>;
  };
}

/** A resource's pages, ready for the router and the sidebar. */
export interface Resource {
  path: string;
  title: string;
  icon: ComponentType;
  section: NavSection;
  List: ComponentType;
  Detail: ComponentType;
  Create?: ComponentType;
  Edit?: ComponentType;
}

const zoneOf = (zone: string, part: string) => `${zone}.${part}` as InjectionZone;

/** Builds a resource's list, detail, create and edit pages from its definition. */
export function defineResource<TList, TDetail, N extends { id: string }, R extends { id: string }>(
  def: ResourceDef<TList, TDetail, N, R>,
): Resource {
  const recordPath = (id: string) => `/${def.path}/${encodeURIComponent(id)}`;
  const { form } = def;
  const ListExtra = def.list.Extra;

  const List = () => (
    <ListPage
      title={def.title}
      zone={def.zone}
      query={def.list.query}
      pick={def.list.pick}
      columns={def.list.columns}
      filters={def.list.filters}
      variables={def.list.variables}
      rowLink={(node) => recordPath(node.id)}
      actions={
        form && (
          <Link className="ui-button ui-button-primary" to={`/${def.path}/new`}>
            Create {def.singular}
          </Link>
        )
      }
    >
      {ListExtra && <ListExtra />}
    </ListPage>
  );

  /** Loads the record of the URL's `:id`; renders `children` with it once loaded. */
  const WithRecord = ({ children }: { children: (record: R, refetch: () => Promise<void>) => ReactNode }) => {
    const { id = "" } = useParams();
    const { data, error, refetch } = useQuery(def.detail.query, { id });
    if (error) return <p role="alert">{error.message}</p>;
    if (!data) return <p className="loading">Loading…</p>;
    const record = def.detail.pick(data);
    if (!record) return <p role="alert">No {def.singular} with this id.</p>;
    return children(record, refetch);
  };

  const DetailExtra = def.detail.Extra;
  const { remove } = def;
  const Detail = () => {
    const navigate = useNavigate();
    return (
      <WithRecord>
        {(record, refetch) => (
          <>
            <WidgetZone zone={zoneOf(def.zone, "details.before")} data={record} />
            <Container>
              <div className="section-header">
                <Heading level="h1">{def.detail.heading(record)}</Heading>
                <div className="header-actions">
                  {form?.update && (
                    <Link className="ui-button ui-button-secondary" to={`${recordPath(record.id)}/edit`}>
                      Edit
                    </Link>
                  )}
                  {remove && (
                    <ConfirmButton
                      label="Delete"
                      question={`Delete the ${def.singular} ${def.detail.heading(record)}? This cannot be undone here.`}
                      onConfirm={async () => {
                        const errors = await remove(record.id);
                        if (!errors.length) navigate(`/${def.path}`, { replace: true });
                        return errors;
                      }}
                    />
                  )}
                </div>
              </div>
              <dl className="properties">
                {def.detail.properties.map((p) => (
                  <div key={p.label}>
                    <dt>{p.label}</dt>
                    <dd>{p.value(record)}</dd>
                  </div>
                ))}
              </dl>
            </Container>
            {DetailExtra && <DetailExtra record={record} refetch={refetch} />}
            <WidgetZone zone={zoneOf(def.zone, "details.after")} data={record} />
          </>
        )}
      </WithRecord>
    );
  };

  const FormPage = ({ heading, children }: { heading: string; children: ReactNode }) => (
    <Container>
      <Heading level="h1">{heading}</Heading>
      {children}
    </Container>
  );

  const Create = form
    ? () => {
        const navigate = useNavigate();
        return (
          <FormPage heading={`Create ${def.singular}`}>
            <ResourceForm
              fields={form.fields}
              initial={form.blank}
              submitLabel="Create"
              onSubmit={form.create}
              onSaved={(id) => navigate(recordPath(id))}
            />
          </FormPage>
        );
      }
    : undefined;

  const { values, update } = form ?? {};
  const Edit =
    form && values && update
      ? () => {
          const navigate = useNavigate();
          return (
            <WithRecord>
              {(record) => {
                const before = values(record);
                return (
                  <FormPage heading={`Edit ${def.detail.heading(record)}`}>
                    <ResourceForm
                      key={record.id}
                      fields={form.fields.filter((f) => !f.createOnly)}
                      initial={before}
                      submitLabel="Save"
                      onSubmit={(v) => update(record.id, v, before)}
                      onSaved={(id) => navigate(recordPath(id))}
                    />
                  </FormPage>
                );
              }}
            </WithRecord>
          );
        }
      : undefined;

  return { path: def.path, title: def.title, icon: def.icon, section: def.section, List, Detail, Create, Edit };
}
