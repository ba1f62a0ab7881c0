/**
 * The embedded engine's delayed work (a retry's next attempt, a waiting run's deadline): plain
 * timers, one per key (scheduling again replaces the earlier one). They die with the process; the
 * engine rebuilds them from the stored executions when it starts.
 */
export class InProcessTimers {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly onError: (error: unknown, key: string) => void;

  constructor(onError: (error: unknown, key: string) => void) {
    this.onError = onError;
  }

  schedule(key: string, delayMs: number, work: () => Promise<void>): void {
    clearTimeout(this.timers.get(key));
    const timer = setTimeout(() => {
      if (this.timers.get(key) === timer) this.timers.delete(key);
      work().catch((error: unknown) => this.onError(error, key));
    }, delayMs);
    // A pending retry must not keep a CLI script alive: a later start picks the run up again.
    timer.unref();
    this.timers.set(key, timer);
  }

  close(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
