import type { TesseraContainer } from "../container/container.ts";
import type { Context } from "../modules/service-factory.ts";
import type { CascadeResult } from "../modules/soft-delete.ts";
import { snakeCase, type LinkSide } from "./define-link.ts";
import { allLinks } from "./registry.ts";
import { ident } from "./sql.ts";

type Cascade = (ids: string[], ctx?: Context) => Promise<CascadeResult>;

/**
 * Walks the links from the given records: each link row touching them is soft-deleted
 * (or restored), and where the other side has deleteCascades, the linked records go through
 * their module's softDelete/restore, whose own cascades (a product's variants) join the walk.
 */
export async function cascadeLinks(
  container: TesseraContainer,
  roots: { side: LinkSide; ids: string[] }[],
  mode: "delete" | "restore",
  ctx: Context & { tx: NonNullable<Context["tx"]> },
): Promise<Record<string, Record<string, string[]>>> {
  const at = new Date();
  const result: Record<string, Record<string, string[]>> = {};
  const seen = new Map<string, Set<string>>();
  const queue: { model: string; ids: string[] }[] = [];
  const enqueue = (model: string, ids: string[]) => {
    const done = seen.get(model) ?? new Set<string>();
    seen.set(model, done);
    const fresh = ids.filter((id) => !done.has(id));
    for (const id of fresh) done.add(id);
    if (fresh.length) queue.push({ model, ids: fresh });
  };
  const note = (side: LinkSide, ids: string[]) => {
    const byColumn = (result[side.module] ??= {});
    byColumn[side.column] = [...new Set([...(byColumn[side.column] ?? []), ...ids])];
  };
  for (const root of roots) enqueue(root.side.model, root.ids);
  const sides = allLinks()
    .filter((l) => !l.readOnly)
    .flatMap((link) => [
      { link, own: link.left, other: link.right },
      { link, own: link.right, other: link.left },
    ]);
  while (queue.length) {
    const { model, ids } = queue.shift() as { model: string; ids: string[] };
    for (const { link, own, other } of sides.filter((s) => s.own.model === model)) {
      const set = mode === "delete" ? "deleted_at = $2, updated_at = now()" : "deleted_at = NULL, updated_at = now()";
      const state = mode === "delete" ? "deleted_at IS NULL" : "deleted_at IS NOT NULL";
      const rows = await ctx.tx.$queryRawUnsafe<{ id: string }[]>(
        `UPDATE ${ident(link.table)} SET ${set} WHERE ${ident(own.column)} = ANY($1::text[]) AND ${state} RETURNING ${ident(other.column)} AS id`,
        ...(mode === "delete" ? [ids, at] : [ids]),
      );
      if (!other.deleteCascades || !rows.length) continue;
      const otherIds = [...new Set(rows.map((r) => r.id))];
      const service = container.resolve(other.module as never) as Record<string, Cascade>;
      const method = `${mode === "delete" ? "softDelete" : "restore"}${other.linkable.model.plural}`;
      const touched = await (service[method] as Cascade).call(service, otherIds, ctx);
      note(other, otherIds);
      enqueue(other.model, otherIds);
      // The module's own cascades (a product's variants) may be link sides too.
      for (const [key, childIds] of Object.entries(touched)) {
        const child = sides.find((s) => `${snakeCase(s.own.model)}_id` === key)?.own.model;
        if (child && child !== other.model) enqueue(child, childIds.map(String));
      }
    }
  }
  return result;
}
