import { describe, expect, it } from "vitest";
import { goalSavedMessage } from "@/lib/campaign/goal-saved-message";
import { figuresThatMoved, statesFigure } from "@/lib/campaign/texts-stating-figures";
import { copyFormSchema, waysFormSchema } from "@/lib/campaign/appeal-form-schemas";
import { fillPlaceholders, placeholderProblem, renderMarkdownWithFigures, unknownPlaceholders } from "@/lib/markdown/placeholders";
import { postFormSchema } from "@/lib/posts/post-form-schema";
import { newsletterSchema } from "@/lib/newsletter/start-newsletter";

const facts = { coatPricePence: 3000, packPricePence: 1650, goalCoats: 3500 };

describe("filling placeholders", () => {
  it("states the campaign's figures where the text names them", () => {
    expect(fillPlaceholders("Over {goal} people. {coat price} a coat, {pack price} a pack.", facts)).toBe("Over 3,500 people. £30 a coat, £16.50 a pack.");
  });

  it("reads a placeholder however it is capitalised or spaced", () => {
    expect(fillPlaceholders("{Coat Price} and {  pack   price } and {GOAL}", facts)).toBe("£30 and £16.50 and 3,500");
  });

  it("leaves a placeholder it does not know visible, as typed, never dropped", () => {
    expect(fillPlaceholders("Buy a coat for {coat prize} today", facts)).toBe("Buy a coat for {coat prize} today");
    expect(renderMarkdownWithFigures("Buy a coat for {coat prize}", facts)).toBe("<p>Buy a coat for {coat prize}</p>");
  });

  it("shows braces as they are after a backslash: removed in plain text, left for Markdown to remove", () => {
    expect(fillPlaceholders("write \\{goal} to say {goal}", facts)).toBe("write {goal} to say 3,500");
    expect(fillPlaceholders("write \\{goal}", facts, "markdown")).toBe("write \\{goal}");
    expect(renderMarkdownWithFigures("write \\{goal} to say {goal}", facts)).toBe("<p>write {goal} to say 3,500</p>");
  });

  it("leaves code and JSON in braces alone", () => {
    expect(fillPlaceholders('{"goal": 1} and {} and {1 coat}', facts)).toBe('{"goal": 1} and {} and {1 coat}');
    expect(unknownPlaceholders('{"goal": 1} and {} and {1 coat}')).toEqual([]);
  });

  it("fills Markdown before it is sanitised: the figures sit inside links and emphasis, and markup around them is still removed", () => {
    const html = renderMarkdownWithFigures(
      "[**{coat price}** could buy a coat](/donate?gift=coat) <script>alert(1)</script> <img src=x onerror=alert(1)>",
      facts,
    );
    expect(html).toBe('<p><a href="/donate?gift=coat"><strong>£30</strong> could buy a coat</a> alert(1) </p>');
  });

  it("cannot be used to smuggle markup: a placeholder's neighbours stay text", () => {
    const html = renderMarkdownWithFigures("<{goal}> &lt;b&gt;{coat price}", facts);
    expect(html).not.toMatch(/<b>|<3,500>/);
    expect(html).toContain("£30");
    expect(html).toContain("3,500");
  });

  it("writes pence only when a price has them", () => {
    expect(fillPlaceholders("{coat price}/{pack price}", { coatPricePence: 2500, packPricePence: 1300, goalCoats: 3000 })).toBe("£25/£13");
  });
});

describe("refusing placeholders the site cannot fill, at save", () => {
  it("names each unknown placeholder once and lists the known ones", () => {
    expect(unknownPlaceholders("{coat prize} {coat prize} {goals} {goal} \\{other}")).toEqual(["{coat prize}", "{goals}"]);
    expect(placeholderProblem("A coat is {coat prize}")).toBe(
      "“{coat prize}” is not a figure the site can fill in. Use {coat price}, {pack price} or {goal}, or write a backslash before the brace (\\{) to show braces as they are.",
    );
    expect(placeholderProblem("A coat is {coat price}")).toBeNull();
  });

  const copy = {
    version: new Date().toISOString(),
    headline: "A coat for everyone",
    strapline: "Over {goal} people",
    hashtag: "Coat4Calais",
    situation: "People are cold.",
    whyHereTitle: "Why",
    whyHere: "Because.",
    whatWeDoTitle: "What",
    whatWeDo: "This.",
    appealTitle: "Appeal",
    appeal: "{coat price} could buy a coat",
    beyondGoal: "More than {goal} coats",
    photoInvitation: "Share a photo",
    shareMessage: "Join me",
  };

  it("in the appeal's words, beside the field", () => {
    expect(copyFormSchema.safeParse(copy).success).toBe(true);
    const refused = copyFormSchema.safeParse({ ...copy, appeal: "{coat cost} could buy a coat" });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["appeal", expect.stringContaining("“{coat cost}” is not a figure")]]);
  });

  it("in the ways to help", () => {
    const ways: Record<string, string> = { version: new Date().toISOString() };
    for (let i = 0; i < 3; i++)
      Object.assign(ways, {
        [`way-${i}-title`]: `Way ${i} for {coat price}`,
        [`way-${i}-body`]: "Body",
        [`way-${i}-ctaLabel`]: "Go",
        [`way-${i}-ctaHref`]: "/donate",
      });
    expect(waysFormSchema.safeParse(ways).success).toBe(true);
    const refused = waysFormSchema.safeParse({ ...ways, "way-1-body": "Only {price}" });
    expect(refused.error?.issues.map((i) => i.path.join("."))).toEqual(["way-1-body"]);
  });

  it("in a post's title, summary and body", () => {
    const post = { title: "Can you give {pack price}?", slug: "", category: "NEWS", excerpt: "{pack price} buys a pack", body: "{pack price}" };
    expect(postFormSchema.safeParse(post).success).toBe(true);
    const refused = postFormSchema.safeParse({ ...post, title: "Give {pack}", body: "{goal coats}" });
    expect(refused.error?.issues.map((i) => i.path.join(".")).sort()).toEqual(["body", "title"]);
  });

  it("in an update's subject and body", () => {
    expect(newsletterSchema.safeParse({ subject: "{goal} coats", body: "{coat price}" }).success).toBe(true);
    expect(newsletterSchema.safeParse({ subject: "{goal} coats", body: "{coat}" }).error?.issues.map((i) => i.path.join("."))).toEqual(["body"]);
  });
});

describe("what the goal-and-prices form says after a save", () => {
  const before = { goalCoats: 3000, coatPricePence: 2500, packPricePence: 1300 };

  it("names each figure that changed, with what it was", () => {
    expect(goalSavedMessage(before, facts)).toBe(
      "Saved: the goal is now 3,500 coats (it was 3,000), a coat now costs £30 (it was £25) and a clothing pack now costs £16.50 (it was £13). The site’s pages, the progress widget, the share cards, the donation form and the emails sent from now on state the new figures.",
    );
  });

  it("names only what changed", () => {
    expect(goalSavedMessage(before, { ...before, coatPricePence: 3000 })).toBe(
      "Saved: a coat now costs £30 (it was £25). The site’s pages, the progress widget, the share cards, the donation form and the emails sent from now on state the new figure.",
    );
  });

  it("names the staff text that still states an old figure in words, rather than claim every sentence changed", () => {
    expect(goalSavedMessage(before, { ...before, coatPricePence: 3000 }, ["the ways to help", "the post “Coats for Calais”"])).toBe(
      "Saved: a coat now costs £30 (it was £25). The site’s pages, the progress widget, the share cards, the donation form and the emails sent from now on state the new figure, except where staff wrote the old figure in words: the ways to help and the post “Coats for Calais”. Edit them to use {coat price}, {pack price} or {goal} instead.",
    );
  });

  it("looks for the old figures as whole figures only", () => {
    const moved = figuresThatMoved(before, facts);
    expect(moved).toEqual(["£25", "£13", "3,000"]);
    expect(statesFigure("£25 buys a coat.", moved)).toBe(true);
    expect(statesFigure("Over 3,000 people", moved)).toBe(true);
    expect(statesFigure("£250, £25.50, 33,000, 3,000,000 and 13 people", moved)).toBe(false);
    expect(statesFigure("£25 buys a coat", figuresThatMoved(before, { ...before, goalCoats: 4000 }))).toBe(false);
  });

  it("says so when nothing changed", () => {
    expect(goalSavedMessage(before, before)).toBe("Saved, but nothing changed: the goal is still 3,000 coats, a coat £25 and a clothing pack £13.");
  });
});
