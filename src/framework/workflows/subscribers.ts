import type { WorkflowSubscriber, SubscribeOptions } from "./engine-types.ts";
import type { WorkflowEvent } from "./run-context.ts";

/** Subscribers per workflow (and optionally per transaction), keyed by subscriber id. */
export class Subscribers {
  private readonly byKey = new Map<string, Map<string | WorkflowSubscriber, WorkflowSubscriber>>();
  private readonly onError: (error: unknown) => void;

  constructor(onError: (error: unknown) => void) {
    this.onError = onError;
  }

  subscribe(options: SubscribeOptions): void {
    const key = `${options.workflowId}:${options.transactionId ?? "*"}`;
    const map = this.byKey.get(key) ?? new Map();
    map.set(options.subscriberId ?? options.subscriber, options.subscriber);
    this.byKey.set(key, map);
  }

  unsubscribe(options: {
    workflowId: string;
    transactionId?: string;
    subscriberOrId: string | WorkflowSubscriber;
  }): void {
    this.byKey.get(`${options.workflowId}:${options.transactionId ?? "*"}`)?.delete(options.subscriberOrId);
  }

  async emit(event: WorkflowEvent): Promise<void> {
    const targets = [`${event.workflowId}:${event.transactionId}`, `${event.workflowId}:*`].flatMap((key) => [
      ...(this.byKey.get(key)?.values() ?? []),
    ]);
    for (const subscriber of targets) {
      try {
        await subscriber(event);
      } catch (error) {
        this.onError(error);
      }
    }
  }
}
