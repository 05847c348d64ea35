import type { IncomingMessage, ServerResponse } from "node:http";
import { bodyLimitFor, hasSessionCookie, sizeInWords } from "./body-limits";
import { forwardedForList, resolveClientAddress } from "./client-address";
import { standalonePage } from "./standalone-page";

// What the server entry (scripts/serve.ts) does to every request before Next.js sees it. No
// `server-only` guard: it runs in the entry's own Node process, outside Next's bundles.
//
// 1. Who the client is. The address is resolved once, from the socket and the proxies trusted
//    (lib/http/client-address.ts), and written alone into X-Forwarded-For and X-Real-IP, which is
//    all lib/http/client-ip.ts reads. Next.js itself would keep a client's X-Forwarded-For and
//    only fill it in when absent, losing the socket's address to whoever sent one.
// 2. With no proxy trusted, what a client says about the site's own address is dropped too
//    (X-Forwarded-Host, -Proto, -Port, Forwarded): Next.js fills them from the connection.
// 3. Bodies. A request saying it will send more than its path may take (lib/http/body-limits.ts)
//    is answered 413 at once, and one that won't say how much it sends (chunked) 411, before
//    anything reads the body.

const FORWARDING_HEADERS = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded"] as const;

/** Rewrites the request's forwarding headers; answers it instead (returning false) when its body is too large. */
export function prepareIncoming(req: IncomingMessage, res: ServerResponse, trustedHops: number): boolean {
  const client = resolveClientAddress(req.socket.remoteAddress, forwardedForList(req.headers["x-forwarded-for"]), trustedHops);
  req.headers["x-forwarded-for"] = client;
  req.headers["x-real-ip"] = client;
  if (trustedHops === 0) for (const name of FORWARDING_HEADERS) delete req.headers[name];

  const pathname = pathOf(req.url);
  const limit = bodyLimitFor(pathname, hasSessionCookie(req.headers.cookie));
  const declared = req.headers["content-length"];
  if (declared !== undefined) {
    if (Number(declared) > limit) return refuse(req, res, 413, limit);
  } else if (req.headers["transfer-encoding"] !== undefined) {
    return refuse(req, res, 411, limit);
  }
  return true;
}

function pathOf(url: string | undefined): string {
  try {
    return new URL(url ?? "/", "http://site.invalid").pathname;
  } catch {
    return "/";
  }
}

function refuse(req: IncomingMessage, res: ServerResponse, status: 411 | 413, limit: number): false {
  const size = sizeInWords(limit);
  const title = status === 413 ? "That was too much to send" : "Please send that again";
  const line =
    status === 413
      ? `This form takes up to ${size}, and what was sent is larger, so none of it was read. Please shorten what you wrote, or choose a smaller file, and send it again.`
      : `This form needs to know how much is being sent (up to ${size}). Please send it again from the page.`;
  // A browser posting a form without script shows the page; anything else gets one plain line.
  const wantsPage = !req.headers["next-action"] && (req.headers.accept ?? "").includes("text/html");
  const body = wantsPage
    ? standalonePage({ title, paragraphs: [line, "What you typed is still in the form: your browser’s Back button returns to it."] })
    : `${line}\n`;
  res.writeHead(status, {
    "Content-Type": wantsPage ? "text/html; charset=utf-8" : "text/plain; charset=utf-8",
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-store",
    // The body is not read: close the connection rather than leave it to be drained.
    Connection: "close",
  });
  res.end(body);
  return false;
}
