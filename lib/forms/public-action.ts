import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { clientIp } from "@/lib/http/client-ip";
import { consumeRateLimit } from "@/lib/rate-limit/consume";
import { consumePersonLimit } from "@/lib/rate-limit/per-person";
import type { FormLimits } from "@/lib/rate-limit/rate-limit";
import { tooManyFromConnection } from "@/lib/rate-limit/wait-in-words";
import { answerForm } from "./answer-without-script";
import { fieldErrorsOf } from "./fields";
import { HONEYPOT_FIELD, type FormState } from "./form-state";

/**
 * The one shape of every public form's server action, the twin of `staffAction`
 * (lib/auth/staff-action.ts) for forms anyone may post:
 *
 * 1. read the form: every field's first value as typed (`lists` as lists), and the values to show
 *    again, whole: a value over its field's limit is refused by the schema, beside its field;
 * 2. the honeypot: a filled-in `website` field (people never see it; bots fill it in) gets
 *    `honeypot`, the answer a person would get, and nothing is done;
 * 3. the schema: a refusal names each field's problem and keeps what was typed; nothing is
 *    counted or written;
 * 4. the limits, counted only for a valid form: per connection (refused in the same words as
 *    proxy.ts's 429 page for a post without script), then, with `perPerson`, per address named:
 *    refused with `perPerson.refusal`, or, without one, answered as usual with `sendEmail` false;
 *    past the inbox's own cap `sendEmail` is false too;
 * 5. the work, `run`: an error it returns keeps what was typed; a failure it throws is logged and
 *    answered with `failed` (redirect() and notFound() pass through);
 * 6. the answer: with `answerAt`, a post without script gets it through
 *    lib/forms/answer-without-script.ts (kept in the database, its key in a cookie); otherwise,
 *    and with script, it is returned to the form.
 *
 * Its limits (`limits`, declared beside the form's schema) are all a new form needs: the form
 * names `limits.perConnection` in its <RateLimitField>, and proxy.ts reads it from there.
 */
export function publicAction<S extends z.ZodType>(
  options: {
    /** The form's schema, or a function making it for this request (a schema that needs today's date). */
    schema: S | (() => S);
    limits: FormLimits & {
      /** The address `perPerson` counts against, from the valid input. */
      person?: (input: z.output<S>) => string;
    };
    /** The answer a filled-in honeypot gets; without one, the form has no honeypot. */
    honeypot?: FormState;
    /** Said above the fields when the schema refuses the form (none: the field messages alone). */
    invalid?: string;
    /** Said, keeping what was typed, when the work fails. */
    failed: string;
    /** Said when the sender has spent `perPerson.perSender` (none: answer as usual, send nothing). */
    personRefusal?: string;
    /** Names that may repeat (checkboxes), read as lists. */
    lists?: readonly string[];
    /** Names never shown again nor kept: a link's token, which its page already has and no kept answer should hold. */
    unkept?: readonly string[];
    /** Where a post without script gets its answer (lib/forms/answer-without-script.ts). */
    answerAt?: { name: string; page: string; hash?: string };
    /** For the log. */
    label: string;
  },
  run: (input: z.output<S>, context: { sendEmail: boolean; clientAddress: string; values: Record<string, string> }) => Promise<FormState>,
): (previous: FormState, form: FormData) => Promise<FormState> {
  const answer = async (form: FormData): Promise<FormState> => {
    const { fields, values } = readForm(form, options.lists ?? [], options.unkept ?? []);
    if (options.honeypot && typeof fields[HONEYPOT_FIELD] === "string" && fields[HONEYPOT_FIELD] !== "") return options.honeypot;

    const schema = typeof options.schema === "function" ? (options.schema as () => S)() : options.schema;
    const parsed = schema.safeParse(fields);
    if (!parsed.success) return { status: "error", ...(options.invalid ? { message: options.invalid } : {}), fieldErrors: fieldErrorsOf(parsed.error), values };

    try {
      const clientAddress = await clientIp();
      const byConnection = await consumeRateLimit(options.limits.perConnection, clientAddress);
      if (!byConnection.ok)
        return { status: "error", outcome: "limited", message: tooManyFromConnection(options.limits.perConnection, byConnection.retryAfterSeconds), values };
      let sendEmail = true;
      const { perPerson, person } = options.limits;
      if (perPerson && person) {
        const byPerson = await consumePersonLimit(perPerson, person(parsed.data), clientAddress);
        if (!byPerson.ok && options.personRefusal) return { status: "error", outcome: "limited", message: options.personRefusal, values };
        sendEmail = byPerson.ok && byPerson.sendEmail;
      }
      const result = await run(parsed.data, { sendEmail, clientAddress, values });
      return result.status === "error" ? { ...result, values: { ...values, ...result.values } } : result;
    } catch (error) {
      unstable_rethrow(error);
      console.error(`[${options.label}] failed`, error);
      return { status: "error", message: options.failed, values };
    }
  };
  return async (_previous, form) => {
    const state = await answer(form);
    return options.answerAt ? answerForm(state, options.answerAt) : state;
  };
}

/**
 * A submitted form's text: each name's first value as typed (like FormData.get), `lists` as every
 * value, and the values to show again (lists joined by commas), whole: nothing typed is cut.
 * Files and Next's own `$` fields are not form text; the honeypot and `unkept` are never shown again.
 */
export function readForm(
  form: FormData,
  lists: readonly string[],
  unkept: readonly string[] = [],
): { fields: Record<string, string | string[]>; values: Record<string, string> } {
  const fields: Record<string, string | string[]> = {};
  for (const name of lists) fields[name] = form.getAll(name).filter((v): v is string => typeof v === "string");
  for (const [name, value] of form.entries()) {
    if (typeof value !== "string" || name.startsWith("$") || Object.hasOwn(fields, name)) continue;
    fields[name] = value;
  }
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(fields)) {
    if (name === HONEYPOT_FIELD || name === "rate-limit" || unkept.includes(name)) continue;
    values[name] = Array.isArray(value) ? value.join(",") : value;
  }
  return { fields, values };
}
