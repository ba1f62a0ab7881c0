import { afterAll } from "vitest";
import { clearRedisPrefix } from "./redis-prefix.ts";

// vitest setup file: with REDIS_URL, each test file gets its own Redis key prefix in its
// environment. A server or CLI a test spawns inherits it; on the default prefix, two such processes
// on different databases (a test file's PGlite server, another's PostgreSQL one) took each other's
// workflow jobs and events, and the process whose job was taken waited for ever.
const redisUrl = process.env.REDIS_URL;
if (redisUrl) {
  const redisPrefix = `tessera-test-file-${process.pid}-${Math.floor(Math.random() * 1e9)}`;
  process.env.REDIS_PREFIX = redisPrefix;
  afterAll(() => clearRedisPrefix({ projectConfig: { redisUrl, redisPrefix } }));
}
