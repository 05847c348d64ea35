/** The answer to a sender who has spent a limit: 429, when to come back, and never kept by a cache. */
export function tooManyRequests(retryAfterSeconds: number, body: string, contentType: "text/plain" | "text/html"): Response {
  return new Response(body, {
    status: 429,
    headers: { "Content-Type": `${contentType}; charset=utf-8`, "Retry-After": String(retryAfterSeconds), "Cache-Control": "no-store" },
  });
}
