import { EmailSendError } from "./message";

export type BackoffOptions = {
  attempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Injected by tests so they need not wait. */
  sleep?: (ms: number) => Promise<void>;
};

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `fn`, retrying retryable send errors (429, 5xx, network) with exponential backoff, or
 * after the provider's Retry-After when it gives one. Other errors, and the last failure, throw.
 */
export async function withBackoff<T>(fn: () => Promise<T>, options: BackoffOptions = {}): Promise<T> {
  const { attempts = 4, baseDelayMs = 500, maxDelayMs = 10_000, sleep = realSleep } = options;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (!(error instanceof EmailSendError) || !error.retryable || attempt >= attempts) throw error;
      const backoff = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
      await sleep(Math.min(maxDelayMs, error.retryAfterMs ?? backoff));
    }
  }
}
