import { getCampaign } from "@/lib/campaign/cached";
import { env } from "@/lib/env";
import { getFeedXml } from "@/lib/posts/cached";

export async function GET() {
  const campaign = await getCampaign();
  const xml = await getFeedXml(env.SITE_URL, campaign?.charityName ?? "Winter appeal", campaign?.strapline ?? "News and stories");
  return new Response(xml, { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } });
}
