import { GraphQLError, type ExecutionResult } from "graphql";
import { Repeater } from "graphql-yoga";

/** How often an open subscription's credentials are checked again. */
export interface RecheckTiming {
  /** While no event flows: every this many ms. Default 5 s. */
  idleMs: number;
  /** Before an event goes out, when the last check is older than this many ms. Default 1 s. */
  eventMs: number;
}

const defaultTiming: RecheckTiming = { idleMs: 5_000, eventMs: 1_000 };

/** The last answer of a subscription whose key was revoked or whose actor was deleted. */
const revokedResult = (): ExecutionResult => ({
  errors: [
    new GraphQLError("The subscription's credentials are no longer valid", { extensions: { code: "UNAUTHENTICATED" } }),
  ],
});

/**
 * The stream, ended (one result carrying an UNAUTHENTICATED error, then complete) soon after
 * `stillAllowed` turns false: a revoked secret key or a deleted user must not keep receiving
 * events on a socket opened earlier. Credentials are checked on a timer while idle and before
 * an event when the last check is older than `eventMs`, so a busy stream costs at most one
 * check a second.
 */
export function endWhenRevoked(
  source: AsyncIterable<ExecutionResult>,
  stillAllowed: () => Promise<boolean>,
  timing: RecheckTiming = defaultTiming,
): AsyncIterable<ExecutionResult> {
  return new Repeater<ExecutionResult>(async (push, stop) => {
    const iterator = source[Symbol.asyncIterator]();
    let checkedAt = Date.now();
    let revoked = false;
    const check = async (): Promise<boolean> => {
      checkedAt = Date.now();
      // A check that fails (the database briefly away) ends nothing: only a clear "no" does.
      if (!revoked && !(await stillAllowed().catch(() => true))) revoked = true;
      return !revoked;
    };
    const endRevoked = async () => {
      await push(revokedResult());
      stop();
    };
    const timer = setInterval(() => void check().then((ok) => (ok ? undefined : endRevoked())), timing.idleMs);
    void stop.then(() => {
      clearInterval(timer);
      void iterator.return?.();
    });
    try {
      for (;;) {
        const item = await Promise.race([iterator.next(), stop.then(() => null)]);
        if (!item || item.done) break;
        if (Date.now() - checkedAt >= timing.eventMs && !(await check())) {
          await endRevoked();
          break;
        }
        await push(item.value);
      }
    } finally {
      stop();
    }
  });
}
