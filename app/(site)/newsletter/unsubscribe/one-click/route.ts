import { db } from "@/lib/db";
import { tokenField } from "@/lib/forms/token-field";
import { unsubscribe } from "@/lib/newsletter/unsubscribe";
import { siteUrl } from "@/lib/site-metadata";

// RFC 8058 one-click unsubscribe. Mail clients POST `List-Unsubscribe=One-Click` to the address
// in the List-Unsubscribe header, without cookies; the signed token in the address is the
// authorisation. Safe to repeat, effective at once.
export async function POST(request: Request) {
  const url = new URL(request.url);
  // Longer than any we send: refused as it is, never cut down and tried (lib/forms/token-field.ts).
  const [subscriberId, token] = [tokenField(url.searchParams, "s"), tokenField(url.searchParams, "t")];
  const outcome = subscriberId === null || token === null ? "invalid" : await unsubscribe(db, { subscriberId, token, source: "one-click" });
  return new Response(outcome === "unsubscribed" ? "Unsubscribed.\n" : "This unsubscribe link is not valid.\n", {
    status: outcome === "unsubscribed" ? 200 : 400,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/**
 * A person who opens the one-click address in a browser gets the page with a button, on the
 * site's own origin (never the request's Host, which the client chooses).
 */
export async function GET(request: Request) {
  const target = new URL(siteUrl("/newsletter/unsubscribe"));
  target.search = new URL(request.url).search;
  return Response.redirect(target, 303);
}
