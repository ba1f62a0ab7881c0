import { useEffect, useState } from "react";
import { Link, useParams, useSearchParams } from "react-router-dom";
import { Badge, Button, Container, Heading, Text } from "../../sdk/components.tsx";
import { mutate, useQuery } from "../api/hooks.ts";
import { subscribe } from "../api/live.ts";
import { WidgetZone } from "../extensions/zone.tsx";
import { graphql } from "../generated/gql/gql.ts";
import { Pager } from "./pager.tsx";

const Run = graphql(`
  query AdminWorkflowRun($workflowId: String!, $transactionId: String!) {
    workflowExecution(workflowId: $workflowId, transactionId: $transactionId) {
      workflowId
      transactionId
      status
      startedAt
      finishedAt
      result
      errors { action message }
      steps { id status attempts startedAt finishedAt errors }
    }
  }
`);

const Runs = graphql(`
  query AdminWorkflowRuns($workflowId: String, $status: String, $startedAfter: DateTime, $after: String) {
    workflowExecutions(workflowId: $workflowId, status: $status, startedAfter: $startedAfter, first: 20, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { workflowId transactionId status startedAt finishedAt } }
    }
  }
`);

const Progress = graphql(`
  subscription AdminWorkflowProgress($workflowId: String!, $transactionId: String!) {
    workflowExecution(workflowId: $workflowId, transactionId: $transactionId) {
      eventType
      status
    }
  }
`);

const StepSuccess = graphql(`
  mutation AdminSetStepSuccess($input: SetWorkflowStepSuccessInput!) {
    setWorkflowStepSuccess(input: $input) {
      userErrors { field message code }
    }
  }
`);

const StepFailure = graphql(`
  mutation AdminSetStepFailure($input: SetWorkflowStepFailureInput!) {
    setWorkflowStepFailure(input: $input) {
      userErrors { field message code }
    }
  }
`);

const color = (status: string) =>
  status === "done"
    ? "green"
    : status === "failed" || status === "reverted"
      ? "red"
      : status === "waiting"
        ? "orange"
        : "grey";

const statuses = ["invoking", "waiting", "compensating", "done", "reverted", "failed"];

/** Runs, newest first, filtered by workflow, status and start date; a run opens live. */
export function WorkflowsPage() {
  const [params, setParams] = useSearchParams();
  const filter = {
    workflowId: params.get("workflow") || null,
    status: params.get("status") || null,
    startedAfter: params.get("since") ? new Date(String(params.get("since"))).toISOString() : null,
    after: params.get("after"),
  };
  const { data, error } = useQuery(Runs, filter);
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    next.delete("after");
    setParams(next);
  };
  const runs = data?.workflowExecutions;
  return (
    <>
      <WidgetZone zone="workflow.list.before" />
      <Container>
        <Heading level="h1">Workflow runs</Heading>
        <div className="toolbar">
          <label>
            Workflow
            <input
              defaultValue={filter.workflowId ?? ""}
              onBlur={(e) => set("workflow", e.target.value.trim())}
              onKeyDown={(e) => e.key === "Enter" && set("workflow", e.currentTarget.value.trim())}
            />
          </label>
          <label>
            Status
            <select value={filter.status ?? ""} onChange={(e) => set("status", e.target.value)}>
              <option value="">Any</option>
              {statuses.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
          <label>
            Started since
            <input type="date" value={params.get("since") ?? ""} onChange={(e) => set("since", e.target.value)} />
          </label>
        </div>
        {error && <p role="alert">{error.message}</p>}
        <table>
          <thead>
            <tr>
              <th scope="col">Workflow</th>
              <th scope="col">Status</th>
              <th scope="col">Started</th>
              <th scope="col">Run</th>
            </tr>
          </thead>
          <tbody>
            {runs?.edges.map(({ node }) => (
              <tr key={`${node.workflowId}/${node.transactionId}`}>
                <td>
                  <Link
                    to={`/workflows/${encodeURIComponent(node.workflowId)}/${encodeURIComponent(node.transactionId)}`}
                  >
                    {node.workflowId}
                  </Link>
                </td>
                <td>
                  <Badge color={color(node.status)}>{node.status}</Badge>
                </td>
                <td>{new Date(node.startedAt).toLocaleString()}</td>
                <td>
                  <code>{node.transactionId}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <Pager
          total={runs?.totalCount}
          next={runs?.pageInfo.hasNextPage ? runs.pageInfo.endCursor : null}
          atStart={!filter.after}
          onPage={(cursor) => {
            const next = new URLSearchParams(params);
            if (cursor) next.set("after", cursor);
            else next.delete("after");
            setParams(next);
          }}
        />
      </Container>
      <WidgetZone zone="workflow.list.after" />
    </>
  );
}

/** One run, kept current by the `workflowExecution` subscription; a waiting step can be completed or failed. */
export function WorkflowRunPage() {
  const { workflowId = "", transactionId = "" } = useParams();
  const vars = { workflowId, transactionId };
  const { data, error, refetch } = useQuery(Run, vars);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(
    () => subscribe(Progress, { workflowId, transactionId }, { next: () => void refetch() }),
    [workflowId, transactionId, refetch],
  );
  const run = data?.workflowExecution;
  if (error) return <p role="alert">{error.message}</p>;
  if (!data) return <p className="loading">Loading…</p>;
  if (!run)
    return (
      <p>
        No run {transactionId} of {workflowId}.
      </p>
    );
  const settle = async (stepId: string, outcome: "success" | "failure") => {
    const input = { workflowId, transactionId, stepId };
    const errors =
      outcome === "success"
        ? (await mutate(StepSuccess, { input })).setWorkflowStepSuccess.userErrors
        : (await mutate(StepFailure, { input: { ...input, error: "Failed from the admin" } })).setWorkflowStepFailure
            .userErrors;
    setProblem(errors.map((e) => e.message).join(" ") || null);
    await refetch();
  };
  return (
    <Container>
      <Heading level="h1">
        {run.workflowId} <Badge color={color(run.status)}>{run.status}</Badge>
      </Heading>
      <Text size="small">
        Run {run.transactionId}, started {new Date(run.startedAt).toLocaleString()}
        {run.finishedAt && `, finished ${new Date(run.finishedAt).toLocaleString()}`}
      </Text>
      {problem && (
        <p role="alert" className="field-error">
          {problem}
        </p>
      )}
      <ol className="steps" aria-label="Steps">
        {run.steps.map((step) => (
          <li key={step.id}>
            <span className="step-id">{step.id}</span> <Badge color={color(step.status)}>{step.status}</Badge>
            {step.errors.length > 0 && <span className="field-error"> {step.errors.join("; ")}</span>}
            {step.status === "waiting" && (
              <span className="step-actions">
                <Button onClick={() => void settle(step.id, "success")} aria-label={`Set ${step.id} success`}>
                  Set success
                </Button>
                <Button
                  variant="danger"
                  onClick={() => void settle(step.id, "failure")}
                  aria-label={`Set ${step.id} failure`}
                >
                  Set failure
                </Button>
              </span>
            )}
          </li>
        ))}
      </ol>
      {run.result !== null && run.result !== undefined && <pre>{JSON.stringify(run.result, null, 2)}</pre>}
    </Container>
  );
}
