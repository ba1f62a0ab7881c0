import type { TesseraContainer } from "../container/container.ts";

/** A stored run as a reader of `workflow_execution` sees it: its state and result, as text. */
export interface StoredRun {
  state: string;
  result: string | null;
}

/** Every stored run of the named workflows (tests read them for secrets that must not be there). */
export async function storedRuns(container: TesseraContainer, ...workflowIds: string[]): Promise<StoredRun[]> {
  const { prisma } = container.resolve("db");
  const runs: StoredRun[] = [];
  for (const workflowId of workflowIds) {
    runs.push(
      ...(await prisma.$queryRaw<
        StoredRun[]
      >`SELECT state::text AS state, result::text AS result FROM workflow_execution WHERE workflow_id = ${workflowId}`),
    );
  }
  return runs;
}
