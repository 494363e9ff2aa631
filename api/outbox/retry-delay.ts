/** The longest wait between two attempts. */
const MAX_DELAY_MS = 60 * 60 * 1000;

/**
 * Exponential backoff: the wait after the n-th failed attempt (1 for the first) is
 * base × 2^(n−1), at most an hour.
 */
export function retryDelay(baseMs: number, attempts: number): number {
  return Math.min(MAX_DELAY_MS, baseMs * 2 ** Math.max(0, attempts - 1));
}
