import { describe, expect, it } from "vitest";
import { auditActionLabels } from "@/lib/audit/action-labels";
import { describeAudit, noLinks, sentenceText, type AuditLinks, type AuditRow } from "@/lib/audit/describe-audit";
import { auditActions, type AuditAction, type AuditDetails } from "@/lib/audit/record-audit";

const sam = { name: "Sam", email: "sam@example.org", role: "ADMIN", disabledAt: null };
const row = (action: string, subject: string, details: unknown, actor: AuditRow["actor"] = sam): AuditRow => ({ action, subject, details, actor });

/** What exists now, for links: one of each kind. */
function links(): AuditLinks {
  const l = noLinks();
  l.posts.set("post-1", { id: "post-1", title: "Coats reach Dunkirk" });
  l.posts.set("coats-reach-dunkirk", { id: "post-1", title: "Coats reach Dunkirk" });
  l.points.add("point-1");
  l.volunteers.set("vol-1", "Yonas Tesfaye");
  l.newsletters.add("news-1");
  l.staff.set("kit@example.org", "user-kit");
  l.donations.add("don-1");
  l.claims.add("claim-1");
  l.pages.set("about", "About us");
  return l;
}

type Sample<A extends AuditAction> = { subject: string; details: AuditDetails[A]; says: string; link?: { text: string; href: string } };

// One entry as today's code writes it, for every action of the union: the type makes a missing
// action a compile error, and the loop below renders each one.
const samples: { [A in AuditAction]: Sample<A> } = {
  "appeal.copy": {
    subject: "winter-coats",
    details: { changes: { headline: { from: "Coats for Calais", to: "Coats before Christmas" } } },
    says: "Sam (admin) changed the headline from “Coats for Calais” to “Coats before Christmas” in the appeal.",
    link: { text: "the appeal", href: "/admin/appeal" },
  },
  "appeal.figures": {
    subject: "winter-coats",
    details: { changes: { "figure 2": { from: "around 800 in Dunkirk", to: "over 1,000 in Dunkirk" } } },
    says: "Sam (admin) changed situation figure 2 from “around 800 in Dunkirk” to “over 1,000 in Dunkirk” in the appeal.",
  },
  "appeal.goal": {
    subject: "winter-coats",
    details: { changes: { goalCoats: { from: 3000, to: 3500 } } },
    says: "Sam (admin) changed the goal from 3,000 to 3,500 coats in the appeal.",
  },
  "appeal.video": {
    subject: "winter-coats",
    details: { changes: { videoUrl: { from: null, to: "https://www.youtube.com/watch?v=abc" } } },
    says: "Sam (admin) changed the video link to “https://www.youtube.com/watch?v=abc” (it was empty) in the appeal.",
  },
  "appeal.ways": {
    subject: "winter-coats",
    details: { changes: { "way 3 title": { from: "Give a coat", to: "Give a warm coat" } } },
    says: "Sam (admin) changed the title of way to help 3 from “Give a coat” to “Give a warm coat” in the appeal.",
  },
  "coat-drive.approve": {
    subject: "st-marys-school",
    details: { from: "PENDING_APPROVAL", to: "LIVE" },
    says: "Sam (admin) approved the coat drive “st-marys-school”.",
    link: { text: "“st-marys-school”", href: "/admin/coat-drives" },
  },
  "coat-drive.close": { subject: "st-marys-school", details: { from: "LIVE", to: "CLOSED" }, says: "Sam (admin) closed the coat drive “st-marys-school”." },
  "coat-drive.edit": {
    subject: "st-marys-school",
    details: { changes: { goal: { from: 50, to: 80 } } },
    says: "Sam (admin) changed the goal from 50 to 80 of the coat drive “st-marys-school”.",
  },
  "coat-drive.pause": { subject: "st-marys-school", details: { from: "LIVE", to: "PAUSED" }, says: "Sam (admin) paused the coat drive “st-marys-school”." },
  "coat-drive.reopen": { subject: "st-marys-school", details: { from: "CLOSED", to: "LIVE" }, says: "Sam (admin) reopened the coat drive “st-marys-school”." },
  "coat-drive.report-confirm": {
    subject: "st-marys-school",
    details: { reportId: "r1", coats: 12 },
    says: "Sam (admin) confirmed the 12 coats reported by the coat drive “st-marys-school”.",
  },
  "coat-drive.report-reject": {
    subject: "st-marys-school",
    details: { reportId: "r2", coats: 1 },
    says: "Sam (admin) rejected the 1 coat reported by the coat drive “st-marys-school”.",
  },
  "coat-drive.resume": { subject: "st-marys-school", details: { from: "PAUSED", to: "LIVE" }, says: "Sam (admin) resumed the coat drive “st-marys-school”." },
  "coat-drives.export": { subject: "3 coat drives", details: {}, says: "Sam (admin) downloaded 3 coat drives as a spreadsheet." },
  "coat-wall.approve": {
    subject: "photo-1",
    details: { reportsCleared: 2 },
    says: "Sam (admin) approved a photo for the coat wall and cleared its 2 reports.",
    link: { text: "photo for the coat wall", href: "/admin/coat-wall" },
  },
  "coat-wall.link": {
    subject: "photo-1",
    details: { deliveryId: "delivery-1" },
    says: "Sam (admin) linked a coat wall photo to the coats received at its drop-off point.",
  },
  "coat-wall.reject": {
    subject: "photo-1",
    details: { reason: "Not a coat", was: "PENDING" },
    says: "Sam (admin) rejected a photo sent to the coat wall because “Not a coat”.",
  },
  "coat-wall.remove": {
    subject: "photo-1",
    details: { reason: "A child is pictured", was: "APPROVED" },
    says: "Sam (admin) removed a photo from the coat wall because “A child is pictured”.",
  },
  "donation-point.accepting": {
    subject: "Harbour Chapel",
    details: { id: "point-1", from: "FULL", to: "ACCEPTING" },
    says: "Sam (admin) marked the drop-off point Harbour Chapel as accepting coats again.",
    link: { text: "Harbour Chapel", href: "/admin/donation-points/point-1" },
  },
  "donation-point.close": {
    subject: "Harbour Chapel",
    details: { id: "point-1", from: "ACCEPTING", to: "CLOSED" },
    says: "Sam (admin) closed the drop-off point Harbour Chapel (it was accepting coats).",
  },
  "donation-point.create": {
    subject: "Harbour Chapel",
    details: { id: "point-1", postcode: "CT17 9DQ", located: true },
    says: "Sam (admin) added the drop-off point Harbour Chapel (CT17 9DQ).",
  },
  "donation-point.edit": {
    subject: "Harbour Chapel",
    details: { id: "point-1", located: true, changes: { needs: { from: "Coats", to: "Gloves, please." } } },
    says: "Sam (admin) changed what it needs from “Coats” to “Gloves, please.” of the drop-off point Harbour Chapel.",
  },
  "donation-point.full": {
    subject: "Gone Chapel",
    details: { id: "point-gone", from: "ACCEPTING", to: "FULL" },
    says: "Sam (admin) marked the drop-off point Gone Chapel full.",
  },
  "donation-point.reopen": {
    subject: "Harbour Chapel",
    details: { id: "point-1", from: "CLOSED", to: "ACCEPTING" },
    says: "Sam (admin) reopened the drop-off point Harbour Chapel as accepting coats.",
  },
  "donations.export": {
    subject: "12 donations",
    details: { q: "smith", status: "PAID", page: 1 },
    says: "Sam (admin) downloaded 12 donations as a spreadsheet (filtered by search “smith” and status “PAID”).",
  },
  "gift-aid.claim": {
    subject: "claim-1",
    details: { donations: 40, totalPence: 120_000, adjustments: 1, adjustmentPence: 500 },
    says: "Sam (admin) made a Gift Aid claim for 40 donations (£1,200 given), repaying £5 of Gift Aid on 1 refunded gift.",
    link: { text: "a Gift Aid claim", href: "/admin/gift-aid" },
  },
  "gift-aid.download": {
    subject: "claim-1",
    details: { schedule: 1, of: 2, rows: "1-1000" },
    says: "Sam (admin) downloaded schedule 1 of 2 (rows 1 to 1000) of a Gift Aid claim for HMRC.",
  },
  "in-kind.record": {
    subject: "delivery-1",
    details: { coats: 40, receivedOn: "2026-12-03", point: "Harbour Chapel" },
    says: "Sam (admin) recorded 40 coats handed in at Harbour Chapel on 3 December 2026 (coats handed in).",
  },
  "in-kind.remove": {
    subject: "delivery-1",
    details: { coats: 1, receivedOn: "2026-12-03" },
    says: "Sam (admin) removed a record of 1 coat handed in on 3 December 2026, taking them off the count.",
  },
  "newsletter.send": {
    subject: "news-1",
    details: { subject: "Our first 1,000 coats", recipients: 1234, batches: 13 },
    says: "Sam (admin) sent the update “Our first 1,000 coats” to 1,234 subscribers.",
    link: { text: "“Our first 1,000 coats”", href: "/admin/newsletters/news-1" },
  },
  "newsletter.test": {
    subject: "sam@example.org",
    details: { subject: "Our first 1,000 coats", idempotencyKey: "newsletter-test/x" },
    says: "Sam (admin) sent a test of the update “Our first 1,000 coats” to sam@example.org.",
  },
  "payment-problem.resolve": {
    subject: "problem-1",
    details: { stripeEventId: "evt_1", donationId: "don-1", kinds: "amount,currency", note: "Refunded by hand" },
    says: "Sam (admin) marked a payment problem (amount and currency did not match) resolved on a donation, noting “Refunded by hand”.",
    link: { text: "a donation", href: "/admin/donations/don-1" },
  },
  "post.create": {
    subject: "coats-reach-dunkirk",
    details: { id: "post-1", title: "Coats reach Dunkirk" },
    says: "Sam (admin) created the draft post “Coats reach Dunkirk”.",
    link: { text: "“Coats reach Dunkirk”", href: "/admin/posts/post-1" },
  },
  "post.edit": {
    subject: "coats-reach-dunkirk",
    details: { id: "post-1", title: "Coats reach Dunkirk", changes: { title: { from: "Coats reach Calais", to: "Coats reach Dunkirk" } } },
    says: "Sam (admin) edited the post “Coats reach Dunkirk”: changed the title from “Coats reach Calais” to “Coats reach Dunkirk”.",
  },
  "post.publish": {
    subject: "coats-reach-dunkirk",
    details: { id: "post-1", title: "Coats reach Dunkirk" },
    says: "Sam (admin) published the post “Coats reach Dunkirk”.",
  },
  "post.schedule": {
    subject: "a-summer-post",
    details: { id: "post-gone", title: "A summer post", publishAt: "2026-06-01T08:30:00.000Z" },
    says: "Sam (admin) scheduled the post “A summer post” for 1 June 2026 at 09:30 London time (BST).",
  },
  "post.unpublish": {
    subject: "coats-reach-dunkirk",
    details: { id: "post-1", title: "Coats reach Dunkirk", cover: "removed" },
    says: "Sam (admin) unpublished the post “Coats reach Dunkirk”, back to a draft, and removed the cover image.",
  },
  "site-page.edit": {
    subject: "about",
    details: { changes: { title: { from: "About", to: "About us" } } },
    says: "Sam (admin) changed the title from “About” to “About us” of the page “About us”.",
    link: { text: "“About us”", href: "/admin/pages/about" },
  },
  "staff.admin-create": {
    subject: "kit@example.org",
    details: { via: "command line" },
    says: "Sam (admin) made kit@example.org an admin (from the command line).",
  },
  "staff.disable": { subject: "kit@example.org", details: undefined, says: "Sam (admin) disabled kit@example.org and signed them out." },
  "staff.enable": { subject: "kit@example.org", details: undefined, says: "Sam (admin) let kit@example.org sign in again." },
  "staff.invite": {
    subject: "kit@example.org",
    details: { role: "EDITOR", id: "user-kit" },
    says: "Sam (admin) invited kit@example.org as an editor.",
    link: { text: "kit@example.org", href: "/admin/staff/user-kit" },
  },
  "staff.role": { subject: "kit@example.org", details: { from: "EDITOR", to: "ADMIN" }, says: "Sam (admin) made kit@example.org an admin (was an editor)." },
  "subscribers.export": {
    subject: "300 subscribers",
    details: { status: "CONFIRMED" },
    says: "Sam (admin) downloaded 300 subscribers as a spreadsheet (filtered by status “CONFIRMED”).",
  },
  "volunteer.status": {
    subject: "vol-1",
    details: { from: "NEW", to: "CONTACTED" },
    says: "Sam (admin) moved Yonas Tesfaye’s application from “New” to “Contacted”.",
    link: { text: "Yonas Tesfaye’s application", href: "/admin/volunteers/vol-1" },
  },
  "volunteers.export": {
    subject: "3 applications",
    details: { place: "DUNKIRK" },
    says: "Sam (admin) downloaded 3 volunteer applications as a spreadsheet (filtered by place “Dunkirk”).",
  },
};

describe("the audit log as sentences", () => {
  it.each(auditActions)("%s reads as a sentence, linking to what still exists", (action) => {
    const sample = samples[action] as Sample<AuditAction>;
    const sentence = describeAudit(row(action, sample.subject, sample.details), links());
    expect(sentenceText(sentence)).toBe(sample.says);
    if (sample.link) expect(sentence.parts).toContainEqual(sample.link);
    // Never a raw code, id or JSON.
    expect(sentenceText(sentence)).not.toContain(action);
    expect(sentenceText(sentence)).not.toMatch(/[{}]|user-kit|point-1|post-1|claim-1|news-1|vol-1|don-1/);
    expect(auditActionLabels[action]).toMatch(/^[A-Z]/);
  });

  it("names what no longer exists without a link", () => {
    const gone = describeAudit(row("post.schedule", samples["post.schedule"].subject, samples["post.schedule"].details), links());
    expect(gone.parts.every((p) => typeof p === "string")).toBe(true);
    const point = describeAudit(row("donation-point.full", "Gone Chapel", samples["donation-point.full"].details), links());
    expect(point.parts.some((p) => typeof p !== "string")).toBe(false);
  });

  it("lists several changes in one sentence, and only those", () => {
    const sentence = describeAudit(
      row("appeal.goal", "winter-coats", { changes: { goalCoats: { from: 3000, to: 3500 }, coatPricePence: { from: 3000, to: 3250 } } }),
      links(),
    );
    expect(sentenceText(sentence)).toBe("Sam (admin) changed the goal from 3,000 to 3,500 coats and the price of a coat from £30 to £32.50 in the appeal.");
  });

  it("gives a long change in full beneath the sentence instead of inside it", () => {
    const before = "We are a small charity.\n\nWe hand out coats.";
    const after = "We are a small charity in Kent.\n\nWe hand out coats and sleeping bags.";
    const sentence = describeAudit(row("site-page.edit", "about", { changes: { body: { from: before, to: after } } }), links());
    expect(sentenceText(sentence)).toBe("Sam (admin) changed the text of the page “About us”.");
    expect(sentence.long).toEqual([{ label: "The text", from: before, to: after }]);
  });

  it("says who: a name or an address, the role, a removed account, the server", () => {
    const details = samples["staff.enable"].details;
    expect(sentenceText(describeAudit(row("staff.enable", "kit@example.org", details, { ...sam, name: null, role: "EDITOR" }), links()))).toMatch(
      /^sam@example\.org \(editor\) let/,
    );
    expect(sentenceText(describeAudit(row("staff.enable", "kit@example.org", details, { ...sam, disabledAt: new Date() }), links()))).toMatch(
      /^Sam \(admin, since disabled\) let/,
    );
    expect(sentenceText(describeAudit(row("staff.enable", "kit@example.org", details, null), links()))).toMatch(/^A removed account let/);
    expect(sentenceText(describeAudit(row("staff.admin-create", "kit@example.org", { via: "command line" }, null), links()))).toMatch(
      /^Someone on the server made kit@example\.org an admin/,
    );
  });

  describe("entries written before changes were recorded", () => {
    const old = (action: string, subject: string, details: unknown) => sentenceText(describeAudit(row(action, subject, details), links()));

    it("name the appeal's changed fields, and show the goal's figures from before and after", () => {
      expect(old("appeal.copy", "winter-coats", { changed: ["headline", "strapline"] })).toBe(
        "Sam (admin) changed the headline and the strapline in the appeal.",
      );
      expect(
        old("appeal.goal", "winter-coats", {
          changed: ["goalCoats"],
          before: { goalCoats: 3000, coatPricePence: 2500, packPricePence: 1300 },
          after: { goalCoats: 3500, coatPricePence: 2500, packPricePence: 1300 },
        }),
      ).toBe("Sam (admin) changed the goal from 3,000 to 3,500 coats in the appeal.");
      expect(old("appeal.ways", "winter-coats", { ways: ["Give a coat", "Volunteer", "Spread the word"] })).toBe(
        "Sam (admin) changed the ways to help in the appeal (now: Give a coat; Volunteer; Spread the word).",
      );
      expect(old("appeal.figures", "winter-coats", { figures: ["around 800 in Dunkirk"] })).toBe(
        "Sam (admin) changed the situation figures in the appeal (now: around 800 in Dunkirk).",
      );
    });

    it("find a post by its address, and read the old cover and address notes", () => {
      const sentence = describeAudit(row("post.edit", "coats-reach-dunkirk", { previousSlug: "coats-reach-calais", cover: "added" }), links());
      expect(sentenceText(sentence)).toBe(
        "Sam (admin) edited the post “Coats reach Dunkirk”: moved it from the address “coats-reach-calais” to “coats-reach-dunkirk” and added a cover image.",
      );
      expect(sentence.parts).toContainEqual({ text: "“Coats reach Dunkirk”", href: "/admin/posts/post-1" });
      expect(old("post.publish", "a-deleted-post", null)).toBe("Sam (admin) published the post a-deleted-post.");
    });

    it("name an edited drop-off point, and survive details of any shape", () => {
      expect(old("donation-point.edit", "Harbour Chapel", { id: "point-1", postcode: "CT17 9DQ", located: true })).toBe(
        "Sam (admin) edited the drop-off point Harbour Chapel.",
      );
      for (const action of auditActions) {
        for (const details of [null, "text", 42, [1, 2], { changes: "not an object" }, { from: { nested: true } }]) {
          expect(() => sentenceText(describeAudit(row(action, "something", details), links()))).not.toThrow();
          expect(sentenceText(describeAudit(row(action, "something", details), links()))).not.toMatch(/undefined|\[object|NaN/);
        }
      }
    });

    it("put an action the code no longer knows in words too", () => {
      expect(old("coats.teleport", "a van", { any: 1 })).toBe("Sam (admin) made a change the log calls “coats.teleport” to “a van”.");
    });
  });
});
