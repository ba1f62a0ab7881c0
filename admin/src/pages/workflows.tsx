import { useEffect, useState } from "react";
import { useNavigate, useParams } from "react-router-dom";
import { Badge, Button, Container, Heading, Text } from "../../sdk/components.tsx";
import { mutate, useQuery } from "../api/hooks.ts";
import { subscribe } from "../api/live.ts";
import { WidgetZone } from "../extensions/zone.tsx";
import { graphql } from "../generated/gql/gql.ts";

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

/** Opens a run by its workflow and transaction id (a mutation's idempotencyKey is its transaction id). */
export function WorkflowsPage() {
  const navigate = useNavigate();
  const [workflowId, setWorkflowId] = useState("");
  const [transactionId, setTransactionId] = useState("");
  return (
    <>
      <WidgetZone zone="workflow.list.before" />
      <Container>
        <Heading level="h1">Workflow runs</Heading>
        <form
          className="form form-row"
          onSubmit={(e) => {
            e.preventDefault();
            navigate(`/workflows/${encodeURIComponent(workflowId)}/${encodeURIComponent(transactionId)}`);
          }}
        >
          <label>
            Workflow id
            <input value={workflowId} onChange={(e) => setWorkflowId(e.target.value)} required />
          </label>
          <label>
            Transaction id
            <input value={transactionId} onChange={(e) => setTransactionId(e.target.value)} required />
          </label>
          <Button type="submit">Follow run</Button>
        </form>
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
