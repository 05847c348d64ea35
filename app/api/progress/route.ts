import { getProgress } from "@/lib/campaign/cached";

// Public campaign figures. Served from the cache; refreshed by tag when a donation is paid or
// refunded. Anyone may read it, from any site.
export async function GET() {
  const progress = await getProgress();
  const body = progress
    ? { goal: progress.goal, coatsFunded: progress.coatsFunded, raisedPence: progress.raisedPence, donationCount: progress.donationCount }
    : { goal: 0, coatsFunded: 0, raisedPence: 0, donationCount: 0 };
  return Response.json(body, { headers: { "Access-Control-Allow-Origin": "*" } });
}
