import type { MedusaRequest, MedusaResponse } from "../../../../../src/framework/http/index.ts";

/** How often a chunk is written; the seed uses 3 s, a query parameter shortens it for clients that want it. */
const defaultIntervalMs = 3000;

// The seed's "Change Response Content Type": an event stream written with writeHead / write / end.
// It ends after `count` chunks (default 3) or when the client goes away.
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.writeHead(200, { "Content-Type": "text/event-stream", "Cache-Control": "no-cache", Connection: "keep-alive" });
  const total = Math.min(Number(req.query.count ?? 3) || 3, 100);
  const every = Math.min(Number(req.query.interval ?? defaultIntervalMs) || defaultIntervalMs, defaultIntervalMs);
  let sent = 0;
  const write = () => {
    res.write(`data: Streaming data ${++sent}\n\n`);
    if (sent >= total) finish();
  };
  const interval = setInterval(write, every);
  const finish = () => {
    clearInterval(interval);
    res.end();
  };
  req.on("close", () => clearInterval(interval));
  write();
};
