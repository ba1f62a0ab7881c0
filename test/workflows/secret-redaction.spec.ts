import { Writable } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { TesseraError } from "../../src/framework/errors/tessera-error.ts";
import type { EventMessage } from "../../src/framework/events/types.ts";
import { createLogger } from "../../src/framework/logger.ts";
import { recordEventMessages } from "../../src/framework/test-utils/events.ts";
import { integrationTestRunner, type TestApi } from "../../src/framework/test-utils/runners.ts";
import {
  createWorkflow,
  workflowEngine,
  WorkflowResponse,
  type WorkflowEvent,
} from "../../src/framework/workflows/index.ts";
import type { TesseraContainer } from "../../src/framework/container/container.ts";
import { createApiKeysWorkflow } from "../../src/workflows/api-key/create-api-keys.ts";
import { createInvitesWorkflow } from "../../src/workflows/user/create-invites.ts";

// Hooks that refuse on a marker: what the workflow created must be gone, its token useless.
createApiKeysWorkflow.hooks.apiKeysCreated(({ apiKeys }) => {
  if (apiKeys.some((key) => key.title === "Refused"))
    throw new TesseraError(TesseraError.Types.NOT_ALLOWED, "Keys are frozen");
});
createInvitesWorkflow.hooks.invitesCreated(({ invites }) => {
  if (invites.some((invite) => invite.email.startsWith("refused")))
    throw new TesseraError(TesseraError.Types.NOT_ALLOWED, "Invites are closed");
});

// A project workflow that issues a key as one of its steps: it inherits the nested workflow's redaction.
const provisionWorkflow = createWorkflow("provision-ci-key", (input: { title: string }) => {
  const issued = createApiKeysWorkflow.runAsStep({ input: { api_keys: [{ title: input.title, type: "secret" }] } });
  return new WorkflowResponse(issued);
});

const lines: string[] = [];
const sink = new Writable({
  write(chunk, _encoding, done) {
    lines.push(String(chunk));
    done();
  },
});

const CREATE_KEY =
  "mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { token apiKey { id title } userErrors { code message } } }";
const CREATE_INVITE =
  "mutation($input: CreateInviteInput!) { createInvite(input: $input) { token invite { id email } userErrors { code message } } }";
const EXECUTION =
  "query($t: String!, $w: String) { workflowExecution(transactionId: $t, workflowId: $w) { status result steps { id status errors } errors { message } } }";

type KeyPayload = {
  createApiKey: { token: string | null; apiKey: { id: string; title: string } | null; userErrors: { code: string }[] };
};
type InvitePayload = {
  createInvite: { token: string | null; invite: { id: string; email: string } | null; userErrors: { code: string }[] };
};

/** Everything a reader of the run could see: its stored row (as text), the GraphQL view and the progress events. */
async function traces(
  api: TestApi,
  container: TesseraContainer,
  workflowId: string,
  transactionId: string,
): Promise<string> {
  const rows = await container.resolve("db").prisma.$queryRaw<{ state: string; result: string | null }[]>`
    SELECT state::text AS state, result::text AS result FROM workflow_execution WHERE workflow_id = ${workflowId} AND transaction_id = ${transactionId}`;
  expect(rows).toHaveLength(1);
  const viewed = await api.graphql(EXECUTION, { t: transactionId, w: workflowId });
  expect(viewed.errors).toBeUndefined();
  return JSON.stringify([rows, viewed.data]);
}

/** Records a run's progress events as a subscriber (or the workflowExecution subscription) hears them. */
function listen(container: TesseraContainer, workflowId: string, transactionId: string): WorkflowEvent[] {
  const events: WorkflowEvent[] = [];
  workflowEngine(container).subscribe({
    workflowId,
    transactionId,
    subscriber: (event) => {
      events.push(event);
    },
  });
  return events;
}

integrationTestRunner({
  logger: createLogger({ level: "trace", destination: sink }),
  testSuite: ({ api, getContainer }) => {
    let emitted: EventMessage[] = [];
    beforeAll(() => {
      emitted = recordEventMessages(getContainer().resolve("eventBus"), ["api_key.created", "invite.created"]);
    });
    /** Every event emitted so far delivered: an event that should not exist is there by then. */
    const settle = () => getContainer().resolve("eventBus").drain();

    describe("createApiKey runs create-api-keys with the token redacted", () => {
      it("shows the secret once: to the caller, not in the stored run, its GraphQL view, its events, a replay or the logs", async () => {
        const events = listen(getContainer(), "create-api-keys", "key-once");
        const first = await api.graphql<KeyPayload, { input: unknown }>(CREATE_KEY, {
          input: { title: "CI", type: "SECRET", idempotencyKey: "key-once" },
        });
        const token = first.data?.createApiKey.token ?? "";
        expect(token).toMatch(/^sk_/);
        // The key works.
        const basic = { authorization: `Basic ${Buffer.from(`${token}:`).toString("base64")}` };
        expect((await api.as(basic).graphql("{ currentUser { id } }")).errors).toBeUndefined();

        const seen = await traces(api, getContainer(), "create-api-keys", "key-once");
        expect(seen).toContain("[redacted]");
        expect(seen).toContain(first.data?.createApiKey.apiKey?.id);
        expect(seen.includes(token)).toBe(false);
        expect(events.map((e) => e.eventType)).toContain("onFinish");
        expect(JSON.stringify(events).includes(token)).toBe(false);

        // A retry with the same key does not create a second key and does not show the token again.
        const replay = await api.graphql<KeyPayload, { input: unknown }>(CREATE_KEY, {
          input: { title: "CI", type: "SECRET", idempotencyKey: "key-once" },
        });
        expect(replay.data?.createApiKey).toEqual({
          token: null,
          apiKey: first.data?.createApiKey.apiKey,
          userErrors: [],
        });
        expect(await getContainer().resolve("apiKey").listApiKeys({ title: "CI" })).toHaveLength(1);
        await settle();
        expect(emitted.filter((e) => e.name === "api_key.created")).toEqual([
          expect.objectContaining({ data: { id: first.data?.createApiKey.apiKey?.id } }),
        ]);
        expect(lines.join("").includes(token)).toBe(false);
      });

      it("deletes the key when the apiKeysCreated hook refuses, and emits nothing", async () => {
        const before = emitted.length;
        const refused = await api.graphql<KeyPayload, { input: unknown }>(CREATE_KEY, {
          input: { title: "Refused", type: "SECRET", idempotencyKey: "key-refused" },
        });
        expect(refused.data?.createApiKey).toEqual({
          token: null,
          apiKey: null,
          userErrors: [expect.objectContaining({ code: "NOT_ALLOWED" })],
        });
        expect(await getContainer().resolve("apiKey").listApiKeys({ title: "Refused" })).toEqual([]);
        const run = await workflowEngine(getContainer()).getExecution("create-api-keys", "key-refused");
        expect(run?.status).toBe("reverted");
        expect(run?.steps["create-api-keys"]?.status).toBe("reverted");
        await settle();
        expect(emitted.length).toBe(before);
      });
    });

    it("a workflow running create-api-keys as a step redacts the token from its own run too", async () => {
      const { result } = await provisionWorkflow(getContainer()).run({
        input: { title: "nested" },
        transactionId: "provision-1",
      });
      const token = result?.[0]?.token ?? "";
      expect(token).toMatch(/^sk_/);
      const seen = await traces(api, getContainer(), "provision-ci-key", "provision-1");
      expect(seen).toContain("[redacted]");
      expect(seen.includes(token)).toBe(false);
      const replay = await provisionWorkflow(getContainer()).run({
        input: { title: "nested" },
        transactionId: "provision-1",
      });
      expect(replay.result?.[0]?.token).toBe("[redacted]");
    });

    describe("createInvite runs create-invites with the token redacted", () => {
      it("returns the invite token once; the stored run, its view and a replay never hold it; the token is accepted", async () => {
        const events = listen(getContainer(), "create-invites", "invite-once");
        const first = await api.graphql<InvitePayload, { input: unknown }>(CREATE_INVITE, {
          input: { email: "once@example.com", idempotencyKey: "invite-once" },
        });
        const token = first.data?.createInvite.token ?? "";
        expect(token).toMatch(/^inv_/);
        const seen = await traces(api, getContainer(), "create-invites", "invite-once");
        expect(seen.includes(token)).toBe(false);
        expect(JSON.stringify(events).includes(token)).toBe(false);

        const replay = await api.graphql<InvitePayload, { input: unknown }>(CREATE_INVITE, {
          input: { email: "once@example.com", idempotencyKey: "invite-once" },
        });
        expect(replay.data?.createInvite).toEqual({
          token: null,
          invite: first.data?.createInvite.invite,
          userErrors: [],
        });
        expect(await getContainer().resolve("user").listUserInvites({ email: "once@example.com" })).toHaveLength(1);
        await expect(getContainer().resolve("user").validateInviteToken(token)).resolves.toMatchObject({
          email: "once@example.com",
        });
        await settle();
        expect(emitted.filter((e) => e.name === "invite.created")).toEqual([
          expect.objectContaining({ data: { id: first.data?.createInvite.invite?.id } }),
        ]);
        expect(lines.join("").includes(token)).toBe(false);
      });

      it("deletes the invite when the invitesCreated hook refuses", async () => {
        const before = emitted.length;
        const refused = await api.graphql<InvitePayload, { input: unknown }>(CREATE_INVITE, {
          input: { email: "refused@example.com" },
        });
        expect(refused.data?.createInvite).toEqual({
          token: null,
          invite: null,
          userErrors: [expect.objectContaining({ code: "NOT_ALLOWED" })],
        });
        expect(await getContainer().resolve("user").listUserInvites({ email: "refused@example.com" })).toEqual([]);
        await settle();
        expect(emitted.length).toBe(before);
      });
    });
  },
});
