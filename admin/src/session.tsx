import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from "react";
import { logOut } from "./api/auth.ts";
import { onSessionExpired, request } from "./api/client.ts";
import { closeLive } from "./api/live.ts";
import { graphql } from "./generated/gql/gql.ts";

const CurrentUserQuery = graphql(`
  query AdminCurrentUser {
    currentUser {
      id
      email
      firstName
      lastName
    }
  }
`);

type User = { id: string; email: string; firstName?: string | null; lastName?: string | null };
type Status = "checking" | "in" | "out";

interface Session {
  status: Status;
  user: User | null;
  /** Re-reads who is logged in (after logging in). */
  refresh(): Promise<void>;
  logOut(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/** Who is logged in; a session the server no longer accepts turns to "out" at the next request. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<Status>("checking");
  const [user, setUser] = useState<User | null>(null);
  const refresh = useCallback(async () => {
    try {
      const data = await request(CurrentUserQuery);
      setUser(data.currentUser ?? null);
      setStatus("in");
    } catch {
      setUser(null);
      setStatus("out");
    }
  }, []);
  useEffect(() => {
    void refresh();
    return onSessionExpired(() => {
      closeLive();
      setUser(null);
      setStatus("out");
    });
  }, [refresh]);
  const end = useCallback(async () => {
    await logOut();
    closeLive();
    setUser(null);
    setStatus("out");
  }, []);
  return <SessionContext.Provider value={{ status, user, refresh, logOut: end }}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession outside SessionProvider");
  return session;
}
