/**
 * Resolves once `target[method]` is next called (and has run), then puts the method back as it
 * was: how a test learns that the server did something it acknowledges to no one, such as
 * registering a subscription's listener.
 */
export function nextCall<T extends object, K extends keyof T>(target: T, method: K): Promise<void> {
  return new Promise((resolve) => {
    const own = Object.hasOwn(target, method);
    const original = target[method] as (...args: unknown[]) => unknown;
    const once = (...args: unknown[]) => {
      if (own) target[method] = original as T[K];
      else delete (target as Partial<T>)[method];
      const answer = original.apply(target, args);
      resolve();
      return answer;
    };
    target[method] = once as T[K];
  });
}
