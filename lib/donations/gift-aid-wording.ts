/*
 * HMRC's model Gift Aid declarations ("Gift Aid declarations: claiming tax back on donations",
 * chapter 3, single donation and multiple donations), filled in with the charity's name. The
 * amount is chosen on the same form, so the single declaration speaks of "this donation" rather
 * than "my donation of £__".
 *
 * The exact text a donor agrees to is stored beside their declaration with this version. Change
 * the wording only together with the version, so every stored declaration can be matched to the
 * words that were shown.
 */

export const GIFT_AID_WORDING_VERSION = "hmrc-model-2026-1";

export type GiftAidScopeChoice = "THIS_DONATION" | "ENDURING";

/** Short labels for the radio buttons that choose a declaration's scope. */
export const giftAidScopeLabels: Record<GiftAidScopeChoice, string> = {
  THIS_DONATION: "This donation only",
  ENDURING: "This donation, future donations and those of the past 4 years",
};

/** HMRC's explanation above the declaration: not part of what the donor declares. */
export const GIFT_AID_EXPLAINER =
  "Boost your donation by 25p of Gift Aid for every £1 you donate. Gift Aid is reclaimed by the " +
  "charity from the tax you pay for the current tax year. Your address is needed to identify you " +
  "as a current UK taxpayer.";

const OPENING: Record<GiftAidScopeChoice, string> = {
  THIS_DONATION: "I want to Gift Aid {amount} to {charity}.",
  ENDURING: "I want to Gift Aid {amount} and any donations I make in the future or have made in the past 4 years to {charity}.",
};

const TAXPAYER_STATEMENT =
  "I am a UK taxpayer and understand that if I pay less Income Tax and/or Capital Gains Tax than " +
  "the amount of Gift Aid claimed on all my donations in that tax year it is my responsibility to " +
  "pay any difference.";

const NOTIFY =
  "Please notify {charity} if you:\n" +
  "- want to cancel this declaration\n" +
  "- change your name or home address\n" +
  "- no longer pay sufficient tax on your income and/or capital gains";

const HIGHER_RATE =
  "If you pay Income Tax at the higher or additional rate and want to receive the additional tax " +
  "relief due to you, you must include all your Gift Aid donations on your Self-Assessment tax " +
  "return or ask HM Revenue and Customs to adjust your tax code.";

/**
 * The declaration for one scope, as plain text: paragraphs separated by a blank line, the list of
 * things to tell the charity as "- " lines (render with `white-space: pre-line`).
 */
export function giftAidWording(scope: GiftAidScopeChoice, charityName: string): string {
  const charity = charityName.trim().replace(/\s+/g, " ");
  if (charity === "") throw new Error("giftAidWording needs the charity's name");
  const opening = OPENING[scope];
  if (opening === undefined) throw new Error(`Unknown Gift Aid scope: ${String(scope)}`);
  const fill = (template: string) => template.replaceAll("{charity}", () => charity).replaceAll("{amount}", () => "this donation");
  return [opening, TAXPAYER_STATEMENT, NOTIFY, HIGHER_RATE].map(fill).join("\n\n");
}
