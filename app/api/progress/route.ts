import { getProgressForEmbeds } from "@/lib/campaign/cached";

// Public campaign figures, for anyone to read from any site (the progress widget, partners'
// pages). Prerendered, and recounted at most once a minute or when a donation is paid or
// refunded; Next sends `s-maxage=60` so CDNs keep it for that minute. The CORS header comes from
// next.config.ts (lib/security/headers.ts) and the preflight answer from proxy.ts: exporting an
// OPTIONS handler here would make every GET run this route instead of serving the prerendered body.
export async function GET() {
  const progress = await getProgressForEmbeds();
  const body = progress
    ? { goal: progress.goal, coatsFunded: progress.coatsFunded, raisedPence: progress.raisedPence, donationCount: progress.donationCount }
    : { goal: 0, coatsFunded: 0, raisedPence: 0, donationCount: 0 };
  return Response.json(body);
}
