import type { AuditAction } from "./record-audit";

/** Each kind of change in words, for the log's filter (every action must have one: the type says so). */
export const auditActionLabels: Record<AuditAction, string> = {
  "appeal.copy": "Appeal: words changed",
  "appeal.figures": "Appeal: situation figures changed",
  "appeal.goal": "Appeal: goal or prices changed",
  "appeal.video": "Appeal: video changed",
  "appeal.ways": "Appeal: ways to help changed",
  "coat-wall.approve": "Coat wall: photo approved",
  "coat-wall.link": "Coat wall: photo linked to coats received",
  "coat-wall.reject": "Coat wall: photo rejected",
  "coat-wall.remove": "Coat wall: photo removed",
  "donation-point.accepting": "Drop-off point: accepting again",
  "donation-point.close": "Drop-off point: closed",
  "donation-point.create": "Drop-off point: added",
  "donation-point.edit": "Drop-off point: edited",
  "donation-point.full": "Drop-off point: marked full",
  "donation-point.reopen": "Drop-off point: reopened",
  "donations.export": "Donations: downloaded",
  "gift-aid.claim": "Gift Aid: claim made",
  "gift-aid.download": "Gift Aid: schedule downloaded",
  "in-kind.record": "Coats handed in: recorded",
  "in-kind.remove": "Coats handed in: record removed",
  "newsletter.send": "Update: sent",
  "newsletter.test": "Update: test sent",
  "payment-problem.resolve": "Payment problem: resolved",
  "post.create": "Post: created",
  "post.edit": "Post: edited",
  "post.publish": "Post: published",
  "post.schedule": "Post: scheduled",
  "post.unpublish": "Post: unpublished",
  "site-page.edit": "Site page: edited",
  "staff.admin-create": "Staff: admin made on the server",
  "staff.disable": "Staff: disabled",
  "staff.enable": "Staff: enabled again",
  "staff.invite": "Staff: invited",
  "staff.role": "Staff: role changed",
  "subscribers.export": "Subscribers: downloaded",
  "volunteer.status": "Volunteer: status changed",
  "volunteers.export": "Volunteers: downloaded",
};

/** A label for an action found in the log, including one no longer in the code. */
export function auditActionLabel(action: string): string {
  return Object.hasOwn(auditActionLabels, action) ? auditActionLabels[action as AuditAction] : action;
}
