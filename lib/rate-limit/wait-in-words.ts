/** How long a limited visitor should wait, for a sentence: "a minute", "12 minutes", "2 hours". */
export function waitInWords(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  if (minutes >= 90) return `${Math.ceil(minutes / 60)} hours`;
  return minutes === 1 ? "a minute" : `${minutes} minutes`;
}

/** "Please try again in 10 minutes." */
export const tryAgainIn = (seconds: number) => `Please try again in ${waitInWords(seconds)}.`;

/**
 * What a form says once its sender has spent its per-connection limit, in the words of the 429
 * page proxy.ts shows a post without script: "We’ve had too many donation attempts from your
 * connection. Please try again in 10 minutes."
 */
export const tooManyFromConnection = (what: { name: string }, seconds: number) =>
  `We’ve had too many ${what.name} from your connection. ${tryAgainIn(seconds)}`;
