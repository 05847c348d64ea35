import { getProgressForEmbeds } from "@/lib/campaign/cached";

// Public campaign figures, for anyone to read from any site (the progress widget, partners'
// pages). coatsFunded counts coats bought with money only; coatsHandedIn the coats given at
// drop-off points; coatsTowardGoal both (lib/campaign/progress.ts). Prerendered and recounted at most once a minute or when a donation is paid or refunded;
// CDNs may keep it for a minute and serve it a little stale while they refresh.
const cors = { "Access-Control-Allow-Origin": "*" };

export async function GET() {
  const progress = await getProgressForEmbeds();
  const body = progress
    ? {
        goal: progress.goal,
        coatsFunded: progress.coatsFunded,
        coatsHandedIn: progress.coatsHandedIn,
        coatsTowardGoal: progress.coatsTowardGoal,
        raisedPence: progress.raisedPence,
        donationCount: progress.donationCount,
      }
    : { goal: 0, coatsFunded: 0, coatsHandedIn: 0, coatsTowardGoal: 0, raisedPence: 0, donationCount: 0 };
  return Response.json(body, { headers: { ...cors, "Cache-Control": "public, s-maxage=60, stale-while-revalidate=300" } });
}

/** The CORS preflight a browser sends before a cross-origin GET with headers of its own. */
export function OPTIONS() {
  return new Response(null, {
    status: 204,
    headers: {
      ...cors,
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": "*",
      "Access-Control-Max-Age": "86400",
    },
  });
}
