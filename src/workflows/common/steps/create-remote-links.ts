import type { LinkInput } from "../../../framework/links/link-input.ts";
import { resolvePair } from "../../../framework/links/link-input.ts";
import type { LinkRow, LinkService } from "../../../framework/links/link-service.ts";
import { createStep, StepResponse } from "../../../framework/workflows/index.ts";

export const createRemoteLinkStepId = "create-remote-links";

/** The inputs among `links` whose pair is not linked yet (one read per link table). */
async function notYetLinked(link: LinkService, links: LinkInput[]): Promise<LinkInput[]> {
  const pairs = links.map((input) => ({ input, pair: resolvePair(input) }));
  const existing = new Set<string>();
  for (const definition of new Set(pairs.map((p) => p.pair.link))) {
    const mine = pairs.filter((p) => p.pair.link === definition).map((p) => p.pair);
    const rows = await link.list(definition, {
      [definition.left.column]: mine.map((p) => p.leftId),
      [definition.right.column]: mine.map((p) => p.rightId),
    });
    for (const row of rows)
      existing.add(
        `${definition.entryPoint}|${String(row[definition.left.column])}|${String(row[definition.right.column])}`,
      );
  }
  return pairs
    .filter(({ pair }) => !existing.has(`${pair.link.entryPoint}|${pair.leftId}|${pair.rightId}`))
    .map((p) => p.input);
}

/**
 * Medusa's createRemoteLinkStep: links records (`link.create`, one transaction; an unknown id is
 * NOT_FOUND). Compensation dismisses only the links this step added, not ones that already were.
 */
export const createRemoteLinkStep = createStep(
  createRemoteLinkStepId,
  async (links: LinkInput[], { container }) => {
    if (!links.length) return new StepResponse<LinkRow[], LinkInput[]>([], []);
    const link = container.resolve("link");
    const added = await notYetLinked(link, links);
    return new StepResponse(await link.create(links), added);
  },
  async (added, { container }) => {
    if (added.length) await container.resolve("link").dismiss(added);
  },
);
