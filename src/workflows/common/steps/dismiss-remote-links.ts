import type { LinkDefinition } from "../../../framework/links/define-link.ts";
import type { LinkInput } from "../../../framework/links/link-input.ts";
import { resolvePair } from "../../../framework/links/link-input.ts";
import type { LinkRow } from "../../../framework/links/link-service.ts";
import { createStep, StepResponse } from "../../../framework/workflows/index.ts";

export const dismissRemoteLinkStepId = "dismiss-remote-links";

/** The link service input that recreates a dismissed row (of one of `links`), extra columns included. */
function toInput(links: LinkDefinition[], row: LinkRow): LinkInput[] {
  const link = links.find((l) => l.left.column in row && l.right.column in row);
  if (!link) return [];
  const data = Object.fromEntries(Object.keys(link.extraColumns).map((column) => [column, row[column]]));
  return [
    {
      [link.left.module]: { [link.left.column]: String(row[link.left.column]) },
      [link.right.module]: { [link.right.column]: String(row[link.right.column]) },
      ...(Object.keys(data).length ? { data } : {}),
    },
  ];
}

/**
 * Medusa's dismissRemoteLinkStep: removes links (pairs that are not linked are ignored).
 * Compensation recreates the rows it removed, with their extra columns.
 */
export const dismissRemoteLinkStep = createStep(
  dismissRemoteLinkStepId,
  async (links: LinkInput[], { container }) => {
    if (!links.length) return new StepResponse<LinkRow[], LinkInput[]>([], []);
    const definitions = [...new Set(links.map((input) => resolvePair(input).link))];
    const rows = await container.resolve("link").dismiss(links);
    return new StepResponse(
      rows,
      rows.flatMap((row) => toInput(definitions, row)),
    );
  },
  async (removed, { container }) => {
    if (removed.length) await container.resolve("link").create(removed);
  },
);
