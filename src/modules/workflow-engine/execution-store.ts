import type { Prisma } from "../../generated/prisma/client.ts";
import type { Database } from "../../framework/database/database.ts";
import type { ExecutionFilter, ExecutionPage } from "../../framework/workflows/engine-api.ts";
import type { Execution, ExecutionStore, StaleExecution } from "../../framework/workflows/index.ts";
import { generateId } from "../../framework/modules/model.ts";
import { TesseraError } from "../../framework/errors/tessera-error.ts";

type Row = { workflow_id: string; transaction_id: string; status: string; state: unknown; result: unknown };

function toExecution(row: Row): Execution {
  const state = row.state as Omit<Execution, "workflowId" | "transactionId" | "status" | "result">;
  return {
    ...state,
    workflowId: row.workflow_id,
    transactionId: row.transaction_id,
    status: row.status as Execution["status"],
    result: row.result ?? undefined,
  };
}

/** The stored `state` column as JSON text (Dates and Decimals as JSON makes them, as a reload sees them). */
function stateText(execution: Execution): string {
  const { input, metadata, steps, errors, startedAt, finishedAt } = execution;
  return JSON.stringify({ input, metadata, steps, errors, startedAt, finishedAt });
}

/** Executions in the `workflow_execution` table, one row per (workflow, transaction). */
export class PrismaExecutionStore implements ExecutionStore {
  private readonly db: Database;

  constructor(db: Database) {
    this.db = db;
  }

  async insert(execution: Execution): Promise<Execution | undefined> {
    // ON CONFLICT DO NOTHING: two runs racing on one transactionId insert once, the loser reads.
    // One statement: Prisma's createMany wraps its INSERT in a transaction (an extra COMMIT per run).
    const count = await this.db.prisma.$executeRaw`
      INSERT INTO workflow_execution (id, workflow_id, transaction_id, status, state, created_at, updated_at)
      VALUES (${generateId("wfexec")}, ${execution.workflowId}, ${execution.transactionId}, ${execution.status},
        ${stateText(execution)}::jsonb, now(), now())
      ON CONFLICT DO NOTHING`;
    return count === 1 ? undefined : this.load(execution.workflowId, execution.transactionId);
  }

  async load(workflowId: string, transactionId: string): Promise<Execution | undefined> {
    const row = await this.db.prisma.workflowExecution.findUnique({
      where: { workflow_id_transaction_id: { workflow_id: workflowId, transaction_id: transactionId } },
    });
    return row ? toExecution(row) : undefined;
  }

  async save(execution: Execution, retainUntil: Date | undefined): Promise<void> {
    // The state goes as JSON text: as an object, Prisma walks every key of it to build its query
    // (most of an import's CPU time, whose state holds every product tree a run wrote).
    const result = execution.result === undefined ? null : JSON.stringify(execution.result);
    const count = await this.db.prisma.$executeRaw`
      UPDATE workflow_execution SET status = ${execution.status}, state = ${stateText(execution)}::jsonb,
        result = COALESCE(${result}::jsonb, result), retain_until = ${retainUntil ?? null}::timestamptz,
        updated_at = ${new Date()}::timestamptz
      WHERE workflow_id = ${execution.workflowId} AND transaction_id = ${execution.transactionId}`;
    if (count !== 1)
      throw new TesseraError(
        TesseraError.Types.NOT_FOUND,
        `Workflow execution ${execution.workflowId}/${execution.transactionId} was not found`,
      );
  }

  async claimWaitingStep(workflowId: string, transactionId: string, stepId: string): Promise<boolean> {
    const path = ["steps", stepId, "status"];
    const count = await this.db.prisma.$executeRaw`
      UPDATE workflow_execution SET state = jsonb_set(state, ${path}::text[], '"invoking"'::jsonb), updated_at = now()
      WHERE workflow_id = ${workflowId} AND transaction_id = ${transactionId} AND status = 'waiting'
        AND state #>> ${path}::text[] = 'waiting'`;
    return count === 1;
  }

  async claimWaitingForTimeout(workflowId: string, transactionId: string): Promise<boolean> {
    // Conditional on no step being claimed by setStepSuccess/Failure: of the two, one wins.
    const count = await this.db.prisma.$executeRaw`
      UPDATE workflow_execution SET status = 'compensating', updated_at = now()
      WHERE workflow_id = ${workflowId} AND transaction_id = ${transactionId} AND status = 'waiting'
        AND NOT jsonb_path_exists(state -> 'steps', '$.* ? (@.status == "invoking")')`;
    return count === 1;
  }

  async listWaiting(): Promise<Execution[]> {
    const rows = await this.db.prisma.workflowExecution.findMany({ where: { status: "waiting" } });
    return rows.map(toExecution);
  }

  async listStale(olderThan: Date): Promise<StaleExecution[]> {
    const rows = await this.db.prisma.workflowExecution.findMany({
      where: { status: { in: ["invoking", "compensating"] }, updated_at: { lt: olderThan } },
      orderBy: { updated_at: "asc" },
      take: 100,
    });
    return rows.map((row) => ({ execution: toExecution(row), updatedAt: row.updated_at }));
  }

  async claimStale(workflowId: string, transactionId: string, seenUpdatedAt: Date): Promise<boolean> {
    // Conditional on the row being untouched since it was seen: of several sweepers, one wins.
    const { count } = await this.db.prisma.workflowExecution.updateMany({
      where: {
        workflow_id: workflowId,
        transaction_id: transactionId,
        status: { in: ["invoking", "compensating"] },
        updated_at: seenUpdatedAt,
      },
      data: { updated_at: new Date() },
    });
    return count === 1;
  }

  async touch(workflowId: string, transactionId: string): Promise<void> {
    await this.db.prisma.workflowExecution.updateMany({
      where: { workflow_id: workflowId, transaction_id: transactionId, status: { in: ["invoking", "compensating"] } },
      data: { updated_at: new Date() },
    });
  }

  async delete(workflowId: string, transactionId: string): Promise<void> {
    await this.db.prisma.workflowExecution.deleteMany({
      where: { workflow_id: workflowId, transaction_id: transactionId },
    });
  }

  async listInterrupted(): Promise<Execution[]> {
    const rows = await this.db.prisma.workflowExecution.findMany({
      where: { status: { in: ["invoking", "compensating"] } },
      orderBy: { created_at: "asc" },
    });
    return rows.map(toExecution);
  }

  async prune(): Promise<number> {
    const { count } = await this.db.prisma.workflowExecution.deleteMany({
      where: { retain_until: { lt: new Date() } },
    });
    return count;
  }

  /**
   * A keyset page of executions, newest first (ties by id), narrowed by workflow, status and start
   * time: one statement whatever the page size or depth.
   */
  async list(filter: ExecutionFilter, page: ExecutionPage): Promise<{ execution: Execution; key: unknown[] }[]> {
    if (page.take <= 0) return [];
    // Newest first: "after" a key is older, unless the page is read backwards.
    const older = (key: readonly unknown[]): Prisma.WorkflowExecutionWhereInput => {
      const [createdAt, id] = keyOf(key);
      return { OR: [{ created_at: { lt: createdAt } }, { created_at: createdAt, id: { lt: id } }] };
    };
    const newer = (key: readonly unknown[]): Prisma.WorkflowExecutionWhereInput => {
      const [createdAt, id] = keyOf(key);
      return { OR: [{ created_at: { gt: createdAt } }, { created_at: createdAt, id: { gt: id } }] };
    };
    const bounds = [
      ...(page.after ? [page.backward ? newer(page.after) : older(page.after)] : []),
      ...(page.before ? [page.backward ? older(page.before) : newer(page.before)] : []),
    ];
    const dir = page.backward ? "asc" : "desc";
    const rows = await this.db.prisma.workflowExecution.findMany({
      where: { AND: [executionWhere(filter), ...bounds] },
      orderBy: [{ created_at: dir }, { id: dir }],
      take: page.take,
    });
    return rows.map((row) => ({ execution: toExecution(row), key: [row.created_at, row.id] }));
  }

  /** How many executions match the filter. */
  count(filter: ExecutionFilter): Promise<number> {
    return this.db.prisma.workflowExecution.count({ where: executionWhere(filter) });
  }

  /** Executions of any workflow with this transaction id (the GraphQL query may omit the workflow). */
  async findByTransaction(transactionId: string, workflowId?: string): Promise<Execution[]> {
    const rows = await this.db.prisma.workflowExecution.findMany({
      where: { transaction_id: transactionId, ...(workflowId ? { workflow_id: workflowId } : {}) },
      orderBy: { created_at: "asc" },
    });
    return rows.map(toExecution);
  }
}

function executionWhere(filter: ExecutionFilter): Prisma.WorkflowExecutionWhereInput {
  return {
    ...(filter.workflowId ? { workflow_id: filter.workflowId } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.startedAfter || filter.startedBefore
      ? {
          created_at: {
            ...(filter.startedAfter ? { gte: filter.startedAfter } : {}),
            ...(filter.startedBefore ? { lt: filter.startedBefore } : {}),
          },
        }
      : {}),
  };
}

/** A run's sort key from a cursor: its start time (a Date, or text from a forged cursor) and id. */
function keyOf(key: readonly unknown[]): [Date, string] {
  const createdAt = key[0] instanceof Date ? key[0] : new Date(String(key[0]));
  if (Number.isNaN(createdAt.getTime()))
    throw new TesseraError(TesseraError.Types.INVALID_DATA, "Invalid cursor", { field: ["after"] });
  return [createdAt, String(key[1])];
}
