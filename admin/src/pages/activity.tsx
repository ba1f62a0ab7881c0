import { useEffect, useState } from "react";
import { Container, Heading, Text } from "../../sdk/components.tsx";
import { subscribe } from "../api/live.ts";
import { graphql } from "../generated/gql/gql.ts";

const Events = graphql(`
  subscription AdminEvents {
    events {
      name
      data
      receivedAt
    }
  }
`);

type Entry = { name: string; data: unknown; receivedAt: string; key: number };

/** Domain events as they are delivered (the `events` subscription over graphql-ws), newest first. */
export function ActivityPage() {
  const [entries, setEntries] = useState<Entry[]>([]);
  const [state, setState] = useState<"connecting" | "live" | "closed">("connecting");
  useEffect(() => {
    let key = 0;
    setState("live");
    return subscribe(
      Events,
      {},
      {
        next: ({ events }) => setEntries((list) => [{ ...events, key: key++ }, ...list].slice(0, 200)),
        error: () => setState("closed"),
      },
    );
  }, []);
  return (
    <Container>
      <Heading level="h1">Activity</Heading>
      <Text size="small">
        {state === "closed" ? "The live feed stopped: reload the page." : "Live: new events appear at the top."}
      </Text>
      <ol className="feed" aria-live="polite" aria-label="Events">
        {entries.map((e) => (
          <li key={e.key}>
            <strong>{e.name}</strong> <time dateTime={e.receivedAt}>{new Date(e.receivedAt).toLocaleTimeString()}</time>
            <pre>{JSON.stringify(e.data)}</pre>
          </li>
        ))}
        {entries.length === 0 && <li className="muted">Waiting for events…</li>}
      </ol>
    </Container>
  );
}
