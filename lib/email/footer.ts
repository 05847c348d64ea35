import type { Db } from "@/lib/db";
import type { EmailFooter } from "./templates/email-layout";

/** What every email's footer says about the charity: from the campaign and configuration. */
export async function loadEmailFooter(db: Db, config: { siteUrl: string; postalAddress: string }): Promise<EmailFooter> {
  const campaign = await db.campaign.findFirst({ select: { charityName: true, charityNumber: true }, orderBy: { createdAt: "desc" } });
  return {
    charityName: campaign?.charityName ?? "Winter appeal",
    charityNumber: campaign?.charityNumber ?? "",
    postalAddress: config.postalAddress,
    siteUrl: config.siteUrl,
  };
}
