import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { Db } from "@/lib/db";
import type { FormState } from "@/lib/forms/form-state";
import { KEPT_ANSWER_LIFETIME_MS, newKeptAnswerKey } from "@/lib/forms/kept-answers";
import { currentStaff } from "./current-staff";

// The writing half of lib/forms/kept-answers.ts, beside staffAction: a staff form's answer to a
// post made without script, kept in the database for the page it returns to.

type Action = (previous: FormState, form: FormData) => Promise<FormState>;

/**
 * The action, answering a post made without script by keeping its answer for `page(form)` and
 * sending the browser there (303). `db` is a function so the client is only made when needed.
 */
export function keepingAnswersFor(page: (form: FormData) => string, db: () => Db, action: Action): Action {
  return async (previous, form) => {
    const state = await action(previous, form);
    if ((await headers()).has("next-action")) return state;
    const staff = await currentStaff();
    const where = page(form);
    if (!staff) redirect(where);
    const id = newKeptAnswerKey();
    const now = Date.now();
    await db().$transaction([
      db().keptFormAnswer.deleteMany({ where: { expiresAt: { lt: new Date(now) } } }),
      db().keptFormAnswer.create({ data: { id, staffId: staff.id, page: where, state, expiresAt: new Date(now + KEPT_ANSWER_LIFETIME_MS) } }),
    ]);
    redirect(`${where}?answer=${id}`);
  };
}
