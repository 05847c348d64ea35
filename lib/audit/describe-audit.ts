import { labelOf } from "@/lib/format/label";
import { formatCount, formatPence } from "@/lib/format/money";
import { categories } from "@/lib/posts/categories";
import type { VolunteerPlace, VolunteerStatus } from "@/lib/generated/prisma/enums";
import { describeLondonTime } from "@/lib/format/london-time";
import { placeLabel, statusLabel } from "@/lib/volunteers/options";
import { auditActions, type AuditAction, type AuditChanges, type AuditValue } from "./record-audit";

// The audit log as sentences: "Sam (admin) changed the goal from 3,000 to 3,500 coats in the
// appeal." Every action of the union has its case below (the compiler checks), and each reads the
// details written today and, as well as they allow, the shapes written before (entries are never
// rewritten): anything unreadable falls back to a plainer sentence, never to raw JSON.

/** A piece of a sentence: words, or words linking to the thing they name (while it exists). */
export type AuditPart = string | { text: string; href: string };

/** A change too long to put in a sentence (a page's text): shown before and after, beneath it. */
export type LongChange = { label: string; from: string; to: string };

export type AuditSentence = { parts: AuditPart[]; long: LongChange[] };

/** One row of the log as read from the database. */
export type AuditRow = {
  action: string;
  subject: string;
  details: unknown;
  actor: { name: string | null; email: string; role: string; disabledAt?: Date | null } | null;
};

/** What still exists, for links: each map from the id (or old rows' slug or address) to its link's words. */
export type AuditLinks = {
  posts: Map<string, { id: string; title: string }>;
  points: Set<string>;
  volunteers: Map<string, string>;
  newsletters: Set<string>;
  staff: Map<string, string>;
  donations: Set<string>;
  claims: Set<string>;
  pages: Map<string, string>;
};

export const noLinks = (): AuditLinks => ({
  posts: new Map(),
  points: new Set(),
  volunteers: new Map(),
  newsletters: new Set(),
  staff: new Map(),
  donations: new Set(),
  claims: new Set(),
  pages: new Map(),
});

/** The sentence as plain text (for tests, titles and screen-reader-free contexts). */
export function sentenceText(sentence: AuditSentence): string {
  return sentence.parts.map((p) => (typeof p === "string" ? p : p.text)).join("");
}

export function isAuditAction(action: string): action is AuditAction {
  return (auditActions as readonly string[]).includes(action);
}

// ── reading details safely ───────────────────────────────────────────────────────────────────

type Json = Record<string, unknown>;
const record = (v: unknown): Json => (v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Json) : {});
const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);

function changesOf(details: Json): AuditChanges | undefined {
  const raw = details.changes;
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return undefined;
  const out: AuditChanges = {};
  for (const [key, value] of Object.entries(raw as Json)) {
    const v = record(value);
    if ("from" in v || "to" in v) out[key] = { from: asValue(v.from), to: asValue(v.to) };
  }
  return out;
}

function asValue(v: unknown): AuditValue {
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : null;
}

// ── words for fields and values ──────────────────────────────────────────────────────────────

const fieldLabels: Record<string, string> = {
  // the appeal
  headline: "the headline",
  strapline: "the strapline",
  hashtag: "the hashtag",
  situation: "the situation text",
  whyHereTitle: "the “why here” heading",
  whyHere: "the “why here” text",
  whatWeDoTitle: "the “what we do” heading",
  whatWeDo: "the “what we do” text",
  appealTitle: "the appeal’s heading",
  appeal: "the appeal text",
  beyondGoal: "the paragraph for beyond the goal",
  photoInvitation: "the photo invitation",
  shareMessage: "the share message",
  goalCoats: "the goal",
  coatPricePence: "the price of a coat",
  packPricePence: "the price of a clothing pack",
  videoTitle: "the video’s title",
  videoUrl: "the video link",
  // posts and pages
  title: "the title",
  slug: "the address",
  category: "the category",
  excerpt: "the summary",
  description: "the summary",
  body: "the text",
  authorName: "the author",
  coverAlt: "the cover’s description",
  // drop-off points
  name: "the name",
  address: "the address",
  postcode: "the postcode",
  openingTimes: "the opening times",
  needs: "what it needs",
};

/** "figure 2" → "situation figure 2"; "way 1 title" → "the title of way to help 1"; camelCase otherwise. */
function fieldLabel(field: string): string {
  const known = fieldLabels[field];
  if (known) return known;
  const figure = /^figure (\d+)$/.exec(field);
  if (figure) return `situation figure ${figure[1]}`;
  const way = /^way (\d+) (.+)$/.exec(field);
  if (way) return `the ${way[2]} of way to help ${way[1]}`;
  return `the ${field.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase()}`;
}

const SHORT = 80;
const isLong = (v: AuditValue) => typeof v === "string" && (v.length > SHORT || v.includes("\n"));

function valueWords(field: string, value: AuditValue): string {
  if (value === null) return "nothing";
  if (typeof value === "number") {
    if (field.endsWith("Pence")) return formatPence(value);
    return formatCount(value);
  }
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (field === "category") return categoryWords(value);
  return `“${value}”`;
}

function categoryWords(value: string): string {
  return labelOf(categories, value);
}

/** A unit after the second figure: "from 3,000 to 3,500 coats". */
const units: Record<string, string> = { goalCoats: " coats" };

/**
 * "the goal from 3,000 to 3,500 coats and the headline from “A” to “B”", with changes too long
 * for a sentence named only, and given in full in `long`.
 */
function changeList(changes: AuditChanges): { words: string; long: LongChange[] } {
  const long: LongChange[] = [];
  const items = Object.entries(changes).map(([field, { from, to }]) => {
    const label = fieldLabel(field);
    if (isLong(from) || isLong(to)) {
      long.push({ label: capitalise(label), from: from === null ? "" : String(from), to: to === null ? "" : String(to) });
      return label;
    }
    if (from === null) return `${label} to ${valueWords(field, to)}${units[field] ?? ""} (it was empty)`;
    if (to === null) return `${label} from ${valueWords(field, from)} to nothing`;
    return `${label} from ${valueWords(field, from)} to ${valueWords(field, to)}${units[field] ?? ""}`;
  });
  return { words: listWords(items), long };
}

function listWords(items: string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** A calendar day as written in the log ("2026-12-03") → "3 December 2026". */
function dayWords(day: string | undefined): string | undefined {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));
}

const roleWords = (role: unknown) => (role === "ADMIN" ? "an admin" : role === "EDITOR" ? "an editor" : "a member of staff");

const pointStatusWords: Record<string, string> = { ACCEPTING: "accepting coats", FULL: "full", CLOSED: "closed" };

const exportFilterLabels: Record<string, string> = {
  q: "search",
  status: "status",
  kind: "gift",
  frequency: "frequency",
  giftAid: "Gift Aid",
  mode: "live or test",
  payment: "payment",
  from: "from",
  to: "to",
  place: "place",
};

/** " (search “smith”, status PAID)": what an export was filtered by, if anything. */
function filterWords(details: Json): string {
  const parts = Object.entries(details)
    .filter(([key, value]) => key !== "page" && (typeof value === "string" || typeof value === "number") && value !== "")
    .map(([key, value]) => `${exportFilterLabels[key] ?? key} “${String(value)}”`);
  return parts.length ? ` (filtered by ${listWords(parts)})` : "";
}

// ── the sentence ─────────────────────────────────────────────────────────────────────────────

/** "Sam Jones (admin)", "sam@example.org (editor)", or who it was when there is no one to name. */
export function actorWords(row: AuditRow): string {
  const actor = row.actor;
  if (!actor) return row.action === "staff.admin-create" ? "Someone on the server" : "A removed account";
  const who = actor.name?.trim() || actor.email;
  const role = actor.role === "ADMIN" ? "admin" : actor.role === "EDITOR" ? "editor" : "staff";
  return `${who} (${role}${actor.disabledAt ? ", since disabled" : ""})`;
}

function link(text: string, href: string | null | undefined): AuditPart {
  return href ? { text, href } : text;
}

/** The row as a sentence, with links to what still exists. */
export function describeAudit(row: AuditRow, links: AuditLinks): AuditSentence {
  const actor = actorWords(row);
  const { parts, long = [] } = isAuditAction(row.action)
    ? describeKnown(row.action, row.subject, record(row.details), row.details, links)
    : { parts: [`made a change the log calls “${row.action}” to “${row.subject}”`] };
  return { parts: [`${actor} `, ...parts, "."], long };
}

type Described = { parts: AuditPart[]; long?: LongChange[] };

function describeKnown(action: AuditAction, subject: string, d: Json, raw: unknown, links: AuditLinks): Described {
  switch (action) {
    case "appeal.copy":
    case "appeal.figures":
    case "appeal.goal":
    case "appeal.video":
    case "appeal.ways":
      return appealChange(action, d);
    case "donation-point.create": {
      const postcode = str(d.postcode);
      return {
        parts: [
          "added the drop-off point ",
          link(subject, pointHref(d, links)),
          postcode ? ` (${postcode})` : "",
          d.located === false ? ", without a map position: the postcode lookup wasn’t available" : "",
        ],
      };
    }
    case "donation-point.edit": {
      const changes = changesOf(d);
      if (!changes) return { parts: ["edited the drop-off point ", link(subject, pointHref(d, links))] };
      if (!Object.keys(changes).length) return { parts: ["saved the drop-off point ", link(subject, pointHref(d, links)), " without changing anything"] };
      const { words, long } = changeList(changes);
      return { parts: [`changed ${words} of the drop-off point `, link(subject, pointHref(d, links))], long };
    }
    case "donation-point.full":
      return { parts: ["marked the drop-off point ", link(subject, pointHref(d, links)), " full"] };
    case "donation-point.accepting":
      return { parts: ["marked the drop-off point ", link(subject, pointHref(d, links)), " as accepting coats again"] };
    case "donation-point.close": {
      const was = str(d.from);
      return {
        parts: ["closed the drop-off point ", link(subject, pointHref(d, links)), was ? ` (it was ${pointStatusWords[was] ?? was.toLowerCase()})` : ""],
      };
    }
    case "donation-point.reopen":
      return { parts: ["reopened the drop-off point ", link(subject, pointHref(d, links)), " as accepting coats"] };
    case "donations.export":
      return { parts: [`downloaded ${subject} as a spreadsheet${filterWords(d)}`] };
    case "subscribers.export":
      return { parts: [`downloaded ${subject} as a spreadsheet${filterWords(d)}`] };
    case "volunteers.export":
      return { parts: [`downloaded ${subject.replace(/applications?$/, (w) => `volunteer ${w}`)} as a spreadsheet${filterWords(placeWords(d))}`] };
    case "gift-aid.claim": {
      const donations = num(d.donations);
      const total = num(d.totalPence);
      const adjustments = num(d.adjustments);
      const repaid = num(d.adjustmentPence);
      return {
        parts: [
          "made ",
          link("a Gift Aid claim", links.claims.has(subject) ? "/admin/gift-aid" : null),
          donations !== undefined ? ` for ${plural(donations, "donation")}` : "",
          total !== undefined ? ` (${formatPence(total)} given)` : "",
          adjustments && repaid !== undefined ? `, repaying ${formatPence(repaid)} of Gift Aid on ${plural(adjustments, "refunded gift")}` : "",
        ],
      };
    }
    case "gift-aid.download": {
      const schedule = num(d.schedule);
      const of = num(d.of);
      const rows = str(d.rows);
      return {
        parts: [
          "downloaded ",
          schedule !== undefined && of !== undefined ? `schedule ${schedule} of ${of}` : "a schedule",
          rows ? ` (rows ${rows.replace("-", " to ")})` : "",
          " of ",
          link("a Gift Aid claim", links.claims.has(subject) ? "/admin/gift-aid" : null),
          " for HMRC",
        ],
      };
    }
    case "in-kind.record": {
      const coats = num(d.coats);
      const point = str(d.point);
      const day = dayWords(str(d.receivedOn));
      return {
        parts: [
          `recorded ${coats !== undefined ? plural(coats, "coat") : "coats"} handed in`,
          point ? ` at ${point}` : "",
          day ? ` on ${day}` : "",
          " (",
          link("coats handed in", "/admin/appeal/in-kind"),
          ")",
        ],
      };
    }
    case "in-kind.remove": {
      const coats = num(d.coats);
      const day = dayWords(str(d.receivedOn));
      return {
        parts: [`removed a record of ${coats !== undefined ? plural(coats, "coat") : "coats"} handed in${day ? ` on ${day}` : ""}, taking them off the count`],
      };
    }
    case "newsletter.send": {
      const title = str(d.subject);
      const recipients = num(d.recipients);
      return {
        parts: [
          "sent the update ",
          link(title ? `“${title}”` : "an update", links.newsletters.has(subject) ? `/admin/newsletters/${encodeURIComponent(subject)}` : null),
          recipients !== undefined ? ` to ${plural(recipients, "subscriber")}` : "",
        ],
      };
    }
    case "newsletter.test": {
      const title = str(d.subject);
      return { parts: [`sent a test of the update ${title ? `“${title}”` : ""} to ${subject}`.replace("update  to", "update to")] };
    }
    case "payment-problem.resolve": {
      const kinds = str(d.kinds);
      const donationId = str(d.donationId);
      const note = str(d.note);
      return {
        parts: [
          "marked ",
          link("a payment problem", "/admin/donations/problems"),
          kinds ? ` (${listWords(kinds.split(",").map((k) => k.trim()))} did not match)` : "",
          " resolved",
          ...(donationId ? [" on ", link("a donation", links.donations.has(donationId) ? `/admin/donations/${encodeURIComponent(donationId)}` : null)] : []),
          note ? `, noting “${note}”` : "",
        ],
      };
    }
    case "post.create":
    case "post.edit":
    case "post.publish":
    case "post.schedule":
    case "post.unpublish":
      return postChange(action, subject, d, links);
    // Photos on the coat wall: a removed one is gone with its files, so only the moderation queue is linked.
    case "coat-wall.approve": {
      const cleared = typeof d.reportsCleared === "number" ? d.reportsCleared : 0;
      return {
        parts: [
          "approved a ",
          link("photo for the coat wall", "/admin/coat-wall"),
          cleared ? ` and cleared ${cleared === 1 ? "its one report" : `its ${cleared} reports`}` : "",
        ],
      };
    }
    case "coat-wall.reject":
    case "coat-wall.remove": {
      const reason = str(d.reason);
      const verb = action === "coat-wall.reject" ? "rejected a photo sent to the coat wall" : "removed a photo from the coat wall";
      return { parts: [verb, reason ? ` because “${reason}”` : ""] };
    }
    case "coat-wall.link":
      return {
        parts: [
          str(d.deliveryId) ? "linked a coat wall photo to the coats received at its drop-off point" : "unlinked a coat wall photo from the coats received",
        ],
      };
    // Coat drives: the subject is the drive's address, linked to its staff page.
    case "coat-drive.approve":
    case "coat-drive.close":
    case "coat-drive.pause":
    case "coat-drive.reopen":
    case "coat-drive.resume": {
      const verb = {
        "coat-drive.approve": "approved",
        "coat-drive.close": "closed",
        "coat-drive.pause": "paused",
        "coat-drive.reopen": "reopened",
        "coat-drive.resume": "resumed",
      }[action];
      return { parts: [`${verb} the coat drive `, link(`“${subject}”`, "/admin/coat-drives")] };
    }
    case "coat-drive.edit": {
      const drive = link(`“${subject}”`, "/admin/coat-drives");
      const changes = changesOf(d);
      if (!changes) return { parts: ["edited the coat drive ", drive] };
      if (!Object.keys(changes).length) return { parts: ["saved the coat drive ", drive, " without changing anything"] };
      const { words, long } = changeList(changes);
      return { parts: [`changed ${words} of the coat drive `, drive], long };
    }
    case "coat-drive.report-confirm":
    case "coat-drive.report-reject": {
      const coats = typeof d.coats === "number" ? d.coats : undefined;
      const what = coats === undefined ? "the coats" : coats === 1 ? "the 1 coat" : `the ${formatCount(coats)} coats`;
      const verb = action === "coat-drive.report-confirm" ? "confirmed" : "rejected";
      return { parts: [`${verb} ${what} reported by the coat drive `, link(`“${subject}”`, "/admin/coat-drives")] };
    }
    case "coat-drives.export":
      return { parts: [`downloaded ${subject} as a spreadsheet${filterWords(d)}`] };
    case "site-page.edit": {
      const title = links.pages.get(subject);
      const page = link(title ? `“${title}”` : `/${subject}`, title ? `/admin/pages/${encodeURIComponent(subject)}` : null);
      const changes = changesOf(d);
      if (!changes) return { parts: ["edited the page ", page] };
      if (!Object.keys(changes).length) return { parts: ["saved the page ", page, " without changing anything"] };
      const { words, long } = changeList(changes);
      return { parts: [`changed ${words} of the page `, page], long };
    }
    case "staff.admin-create":
      return { parts: ["made ", staffLink(subject, links), " an admin", str(d.via) ? ` (from the ${str(d.via)})` : ""] };
    case "staff.disable":
      return { parts: ["disabled ", staffLink(subject, links), " and signed them out"] };
    case "staff.enable":
      return { parts: ["let ", staffLink(subject, links), " sign in again"] };
    case "staff.invite":
      return { parts: ["invited ", staffLink(subject, links), ` as ${roleWords(d.role)}`] };
    case "staff.role":
      return { parts: ["made ", staffLink(subject, links), ` ${roleWords(d.to)}`, d.from ? ` (was ${roleWords(d.from)})` : ""] };
    case "volunteer.status": {
      const name = links.volunteers.get(subject);
      const from = str(d.from);
      const to = str(d.to);
      const application = link(name ? `${name}’s application` : "a volunteer application", name ? `/admin/volunteers/${encodeURIComponent(subject)}` : null);
      if (!from || !to) return { parts: ["changed the status of ", application] };
      return { parts: ["moved ", application, ` from ${volunteerStatusWords(from)} to ${volunteerStatusWords(to)}`] };
    }
  }
}

function volunteerStatusWords(status: string): string {
  return `“${statusLabel(status as VolunteerStatus)}”`;
}

function placeWords(d: Json): Json {
  const place = str(d.place);
  if (!place) return d;
  return { ...d, place: placeLabel(place as VolunteerPlace) };
}

function pointHref(d: Json, links: AuditLinks): string | null {
  const id = str(d.id);
  return id && links.points.has(id) ? `/admin/donation-points/${encodeURIComponent(id)}` : null;
}

function staffLink(email: string, links: AuditLinks): AuditPart {
  const id = links.staff.get(email);
  return link(email, id ? `/admin/staff/${encodeURIComponent(id)}` : null);
}

const appealSections: Record<string, string> = {
  "appeal.copy": "the appeal’s words",
  "appeal.figures": "the situation figures",
  "appeal.goal": "the goal and prices",
  "appeal.video": "the appeal video",
  "appeal.ways": "the ways to help",
};

function appealChange(action: AuditAction, d: Json): Described {
  const where = [" in ", link("the appeal", "/admin/appeal")];
  const changes = changesOf(d) ?? olderAppealChanges(d);
  if (changes) {
    if (!Object.keys(changes).length) return { parts: [`saved ${appealSections[action] ?? "the appeal"} without changing anything`] };
    const { words, long } = changeList(changes);
    return { parts: [`changed ${words}`, ...where], long };
  }
  // Older entries: the changed fields by name, or the whole new list.
  if (Array.isArray(d.changed)) {
    const names = d.changed.filter((c): c is string => typeof c === "string").map(fieldLabel);
    if (names.length) return { parts: [`changed ${listWords(names)}`, ...where] };
    return { parts: [`saved ${appealSections[action] ?? "the appeal"} without changing anything`] };
  }
  const list = Array.isArray(d.figures) ? d.figures : Array.isArray(d.ways) ? d.ways : null;
  const items = list?.filter((x): x is string => typeof x === "string") ?? [];
  return { parts: [`changed ${appealSections[action] ?? "the appeal"}`, ...where, items.length ? ` (now: ${items.join("; ")})` : ""] };
}

/** Entries written before changes were recorded: the goal kept every figure before and after. */
function olderAppealChanges(d: Json): AuditChanges | undefined {
  if (!Array.isArray(d.changed) || !d.before || !d.after) return undefined;
  const before = record(d.before);
  const after = record(d.after);
  const changes: AuditChanges = {};
  for (const key of d.changed) {
    if (typeof key !== "string") continue;
    const from = asValue(before[key]);
    const to = asValue(after[key]);
    if (from !== to) changes[key] = { from, to };
  }
  return changes;
}

const postVerbs: Record<string, string> = {
  "post.create": "created the draft post ",
  "post.edit": "edited the post ",
  "post.publish": "published the post ",
  "post.schedule": "scheduled the post ",
  "post.unpublish": "unpublished the post ",
};

function postChange(action: AuditAction, subject: string, d: Json, links: AuditLinks): Described {
  const id = str(d.id);
  const found = (id && links.posts.get(id)) || links.posts.get(subject);
  const title = str(d.title) ?? found?.title;
  const name = title ? `“${title}”` : subject;
  const parts: AuditPart[] = [postVerbs[action] ?? "changed the post ", link(name, found ? `/admin/posts/${encodeURIComponent(found.id)}` : null)];
  const publishAt = str(d.publishAt);
  if (action === "post.schedule" && publishAt && !Number.isNaN(Date.parse(publishAt))) parts.push(` for ${describeLondonTime(new Date(publishAt))}`);
  if (action === "post.unpublish") parts.push(", back to a draft");
  const also: string[] = [];
  const changes = changesOf(d);
  let long: LongChange[] = [];
  if (changes && Object.keys(changes).length) {
    const list = changeList(changes);
    also.push(`changed ${list.words}`);
    long = list.long;
  } else if (str(d.previousSlug)) {
    also.push(`moved it from the address “${str(d.previousSlug)}” to “${subject}”`);
  }
  const cover = str(d.cover);
  if (cover === "added") also.push("added a cover image");
  if (cover === "removed") also.push("removed the cover image");
  if (cover === "replaced") also.push("replaced the cover image");
  if (also.length) parts.push(action === "post.edit" ? `: ${listWords(also)}` : `, and ${listWords(also)}`);
  return { parts, long };
}
