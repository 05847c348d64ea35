import { db } from "@/lib/db";
import { unsubscribe } from "@/lib/newsletter/unsubscribe";

// RFC 8058 one-click unsubscribe. Mail clients POST `List-Unsubscribe=One-Click` to the address
// in the List-Unsubscribe header, without cookies; the signed token in the address is the
// authorisation. Safe to repeat, effective at once.
export async function POST(request: Request) {
  const url = new URL(request.url);
  const outcome = await unsubscribe(db, {
    subscriberId: (url.searchParams.get("s") ?? "").slice(0, 100),
    token: (url.searchParams.get("t") ?? "").slice(0, 100),
    source: "one-click",
  });
  return new Response(outcome === "unsubscribed" ? "Unsubscribed.\n" : "This unsubscribe link is not valid.\n", {
    status: outcome === "unsubscribed" ? 200 : 400,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/** A person who opens the one-click address in a browser gets the page with a button. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const target = new URL("/newsletter/unsubscribe", url);
  target.search = url.search;
  return Response.redirect(target, 303);
}
