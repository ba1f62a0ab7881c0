import { createCommandApp } from "./command-app.ts";
import type { TesseraContainer } from "../container/container.ts";
import { workflowEngine } from "../workflows/engine-api.ts";

type Flags = Record<string, string | boolean | undefined>;

// The kernel imports no workflow: it runs the core flows by id through the engine, which has
// registered every file of src/workflows at start. The shapes are what those workflows return.
type UserAccount = { user: { id: string; email: string }; authIdentityId: string };
type IssuedKeys = { token: string }[];

/**
 * Creates an admin user with email/password credentials (Medusa's `medusa user -e -p`) through
 * the create-user-account workflow. An email that already has credentials must come with its
 * password.
 */
export async function createAdminUser(
  container: TesseraContainer,
  input: { email: string; password: string },
): Promise<{ id: string; email: string; authIdentityId: string }> {
  const { result } = await workflowEngine(container).run<unknown, UserAccount>("create-user-account", {
    input: { credentials: input },
    container,
  });
  if (!result) throw new Error("The create-user-account workflow returned nothing");
  return { id: result.user.id, email: result.user.email, authIdentityId: result.authIdentityId };
}

async function withApp(run: (container: TesseraContainer) => Promise<void>): Promise<number> {
  const app = await createCommandApp();
  try {
    await run(app.container);
    return 0;
  } finally {
    await app.close();
  }
}

/** `tessera user --email a@b.c --password …` */
export async function userCommand(_positionals: string[], flags: Flags): Promise<number> {
  const { email, password } = flags;
  if (typeof email !== "string" || typeof password !== "string") {
    console.error("Usage: tessera user --email <email> --password <password>");
    return 1;
  }
  return withApp(async (container) => {
    const user = await createAdminUser(container, { email, password });
    console.log(`Admin user ${user.email} created (${user.id}). Log in: POST /auth/user/emailpass`);
  });
}

/** `tessera api-key --title <title> [--type secret|publishable]`: prints the key once. */
export async function apiKeyCommand(_positionals: string[], flags: Flags): Promise<number> {
  const title = typeof flags.title === "string" ? flags.title : "";
  const type =
    flags.type === "publishable"
      ? "publishable"
      : flags.type === undefined || flags.type === "secret"
        ? "secret"
        : null;
  if (!title || !type) {
    console.error("Usage: tessera api-key --title <title> [--type secret|publishable]");
    return 1;
  }
  return withApp(async (container) => {
    const { result } = await workflowEngine(container).run<unknown, IssuedKeys>("create-api-keys", {
      input: { api_keys: [{ title, type }] },
      container,
    });
    const issued = result?.[0];
    console.log(
      type === "secret"
        ? `Secret key (shown only now; send it as HTTP Basic user name): ${issued?.token}`
        : `Publishable key (send it in x-publishable-api-key): ${issued?.token}`,
    );
  });
}
