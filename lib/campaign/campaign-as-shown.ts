import { fillPlaceholders, renderMarkdownWithFigures } from "@/lib/markdown/placeholders";
import type { Campaign } from "./queries";

/**
 * The campaign as visitors read it: every staff-written sentence with its placeholders ("{coat
 * price}", "{goal}") filled from the campaign's own figures, and the Markdown sections rendered.
 * The one place the public site turns appeal copy into words, so no sentence can state a price
 * the campaign no longer charges.
 */
export function campaignAsShown(campaign: Campaign) {
  const text = (s: string) => fillPlaceholders(s, campaign);
  const markdown = (s: string) => fillPlaceholders(s, campaign, "markdown");
  return {
    ...campaign,
    headline: text(campaign.headline),
    strapline: text(campaign.strapline),
    situation: markdown(campaign.situation),
    whyHereTitle: text(campaign.whyHereTitle),
    whyHere: markdown(campaign.whyHere),
    whatWeDoTitle: text(campaign.whatWeDoTitle),
    whatWeDo: markdown(campaign.whatWeDo),
    appealTitle: text(campaign.appealTitle),
    appeal: markdown(campaign.appeal),
    photoInvitation: text(campaign.photoInvitation),
    shareMessage: text(campaign.shareMessage),
    videoTitle: text(campaign.videoTitle),
    beyondGoal: text(campaign.beyondGoal),
    figures: campaign.figures.map((f) => ({ ...f, note: text(f.note) })),
    waysToHelp: campaign.waysToHelp.map((w) => ({ ...w, title: text(w.title), body: text(w.body), ctaLabel: text(w.ctaLabel) })),
    html: {
      situation: renderMarkdownWithFigures(campaign.situation, campaign),
      whyHere: renderMarkdownWithFigures(campaign.whyHere, campaign),
      whatWeDo: renderMarkdownWithFigures(campaign.whatWeDo, campaign),
      appeal: renderMarkdownWithFigures(campaign.appeal, campaign),
    },
  };
}

export type CampaignAsShown = ReturnType<typeof campaignAsShown>;
