// Polls a condition until it holds or a deadline passes. Integration tests wait
// on VS Code (activation, diagnostics, rendering) through this instead of fixed
// sleeps, so they are as fast as the machine allows and fail with a clear reason.

export interface WaitOptions {
  /** Give up after this many milliseconds. */
  timeout?: number;
  /** Pause between tries, in milliseconds. */
  interval?: number;
  /** Says what was awaited, for the error when time runs out. */
  message?: string;
}

/**
 * Calls `fn` until it returns a truthy value (which is returned) or the timeout passes.
 * A throw from `fn` counts as "not yet"; the last one is quoted if time runs out.
 */
export async function waitFor<T>(
  fn: () => T | Promise<T>,
  { timeout = 10_000, interval = 100, message = 'condition' }: WaitOptions = {},
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await fn();
      if (value) return value as NonNullable<T>;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() >= deadline) {
      const why = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`Timed out after ${timeout} ms waiting for ${message}${why}`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}
