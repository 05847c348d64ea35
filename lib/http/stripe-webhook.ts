import fs from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { tags } from "@/lib/cache/tags";
import { sharedTags } from "@/lib/cache/shared-tags.mjs";
import { receiveStripeWebhook } from "@/lib/donations/stripe-wiring";

// Stripe's webhook, answered by the server entry (scripts/serve.ts) before Next.js sees the
// request. Each paid event went through Next's request handling first (routing, its cache
// handlers, the route module's request and response objects): about 2 ms of the server's CPU per
// event, more than the event's own work (docs/benchmarks.md). The work is the same as the route
// handler's (app/api/stripe/webhook/route.ts, which `next dev` still serves): the raw body's
// signature checked, an event of another API version refused, the event applied once in the
// webhook's own transaction (receiveStripeWebhook). What Next.js did around it is done here too:
//
// - the body limit and the client's address: prepareIncoming() (lib/http/incoming-request.ts)
//   has already run, as for every request, so a body over the path's 1 MB was answered 413 and a
//   body of unsaid length 411 before anything reads it;
// - only POST, and only the exact path: every other method (Next answers 405), a trailing slash
//   (a redirect), and a form post (proxy.ts's rate limits look at multipart/form-data posts,
//   wherever they go) are handed to Next.js as before. proxy.ts does nothing else on this path;
// - the progress tag expired on every server before the answer, as revalidateTag does: written
//   to the tags every server shares (lib/cache/shared-tags.mjs, the one instance in this process
//   that Next's cache handlers also read), which is all both handlers' own invalidation adds to
//   Next's local record, and what every other server learns from;
// - the headers next.config.ts gives this path (security headers), read from the build's routes
//   manifest, so they are the ones Next itself would send.

export const STRIPE_WEBHOOK_PATH = "/api/stripe/webhook";

type Answer = (req: IncomingMessage, res: ServerResponse) => boolean;

type ManifestHeaderRule = { source: string; regex: string; headers: { key: string; value: string }[]; has?: unknown; missing?: unknown };

/**
 * The headers the build's next.config.ts `headers()` gives `pathname`, in Next's order (a later
 * rule's value for the same header replaces an earlier one's). A rule with `has` or `missing`
 * conditions depends on the request, which is not known here: refused, rather than guessed.
 */
export function configuredHeaders(rules: ManifestHeaderRule[], pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!new RegExp(rule.regex).test(pathname)) continue;
    if (rule.has || rule.missing)
      throw new Error(`the header rule for ${rule.source} has request conditions; the server entry cannot answer ${pathname} itself`);
    for (const { key, value } of rule.headers) headers[key.toLowerCase()] = value;
  }
  return headers;
}

/**
 * Makes the entry's answerer for the webhook, given the build folder Next.js serves (for its
 * routes manifest). It returns true when it has taken the request (and will answer it), false
 * when the request is Next's.
 */
export function stripeWebhookAnswerer(distDir: string): Answer {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, "routes-manifest.json"), "utf8")) as { headers?: ManifestHeaderRule[] };
  const headers = {
    ...configuredHeaders(manifest.headers ?? [], STRIPE_WEBHOOK_PATH),
    // As the route handler: a few bytes for a machine, never cached, never compressed.
    "content-type": "application/json",
    "cache-control": "no-store, no-transform",
  };
  const tagsOfEveryServer = sharedTags();
  const expireProgress = () => tagsOfEveryServer.invalidate([tags.progress], { expire: 0 });

  return (req, res) => {
    if (req.method !== "POST" || pathOf(req.url) !== STRIPE_WEBHOOK_PATH) return false;
    if ((req.headers["content-type"] ?? "").toLowerCase().startsWith("multipart/form-data")) return false;
    readBody(req)
      .then(
        async (body) => {
          // As request.text(): UTF-8, a leading byte-order mark dropped, bad bytes replaced.
          const rawBody = new TextDecoder().decode(body);
          const signature = req.headers["stripe-signature"];
          const result = await receiveStripeWebhook(rawBody, typeof signature === "string" ? signature : null, expireProgress);
          const json = JSON.stringify(result.body);
          res.writeHead(result.status, { ...headers, "content-length": Buffer.byteLength(json) });
          res.end(json);
        },
        () => {
          // The client went away mid-body: there is no one to answer, and nothing was applied.
          res.destroy();
        },
      )
      .catch((error: unknown) => {
        // As the route handler failing (the shared tags unwritable, say): 500, so Stripe retries.
        console.error("[serve] the Stripe webhook failed", error);
        if (!res.headersSent) res.writeHead(500, { ...headers, "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
        res.end();
      });
    return true;
  };
}

function pathOf(url: string | undefined): string | null {
  if (!url?.startsWith(STRIPE_WEBHOOK_PATH)) return null; // most requests: no parsing
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

/** The whole body; prepareIncoming() has already refused one longer than the path takes, or of unsaid length. */
function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
    req.on("close", () => {
      if (!req.complete) reject(new Error("the client closed the connection mid-body"));
    });
  });
}
