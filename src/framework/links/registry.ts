import { lowerFirst } from "../modules/model.ts";
import type { LinkDefinition, LinkSide } from "./define-link.ts";
import { camelCase } from "./define-link.ts";

// The links of the running app. Filled once at start (loadLinks) before the schema is built,
// because module filter and sort inputs read it while their types are declared.
const links = new Map<string, LinkDefinition>();

/** Sets the app's links (replacing any earlier set: one app per process at a time). */
export function registerLinks(definitions: readonly LinkDefinition[]): void {
  links.clear();
  for (const link of definitions) links.set(link.entryPoint, link);
}

export function allLinks(): LinkDefinition[] {
  return [...links.values()];
}

export function linkByEntryPoint(entryPoint: string): LinkDefinition | undefined {
  return links.get(entryPoint);
}

/** One way of walking a link: from a record of `from` to the records of `to`. */
export interface LinkHop {
  link: LinkDefinition;
  from: LinkSide;
  to: LinkSide;
  /** The GraphQL field on `from`'s type (`brand`, `products`). */
  field: string;
  /** Whether `from` sees a list of `to`. */
  isList: boolean;
}

/** The GraphQL field name through which `from` sees `to`. */
function fieldName(link: LinkDefinition, to: LinkSide): string {
  if (link.readOnly && link.left.field) return camelCase(link.left.field.replace(/_id$/, ""));
  return to.isList ? lowerFirst(to.linkable.model.plural) : to.linkable.key;
}

/** Every hop leaving a model: both directions of table links, the first side of read-only ones. */
export function hopsFrom(model: string): LinkHop[] {
  const hops: LinkHop[] = [];
  for (const link of links.values()) {
    if (link.left.model === model)
      hops.push({
        link,
        from: link.left,
        to: link.right,
        field: fieldName(link, link.right),
        isList: link.right.isList && !link.readOnly,
      });
    if (link.right.model === model && !link.readOnly)
      hops.push({ link, from: link.right, to: link.left, field: fieldName(link, link.left), isList: link.left.isList });
  }
  return hops;
}
