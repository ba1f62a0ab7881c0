import { createRequire } from "node:module";

// BullMQ and ioredis serve only processes with REDIS_URL: loaded on first use, a process without
// Redis never reads them (measured: about 220 ms of CPU of a production start). Both are CommonJS
// packages, so they load synchronously, where the constructors that use them need them.
const require = createRequire(import.meta.url);

/** The `bullmq` package, loaded on the first call. */
export const bullmq = (): typeof import("bullmq") => require("bullmq");
/** The `ioredis` package, loaded on the first call. */
export const ioredis = (): typeof import("ioredis") => require("ioredis");
