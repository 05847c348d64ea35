import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/forms/form-state";

type Action = (previous: FormState, form: FormData) => Promise<FormState>;

/**
 * The older answer of the appeal's sections to a post without script (docs/architecture.md, "Forms,
 * and what a post without script gets back"): a redirect back to the page carrying only fixed codes
 * (and the names of fields to check) for the page to show; never text a link could forge. What was
 * typed is lost: the appeal's words now keep it in the database (lib/forms/kept-answers.ts), and the
 * other sections should follow.
 * Calls from the enhanced form carry the Next-Action header and get the state as usual.
 */
export function answeringWithoutScript(path: string, action: Action): Action {
  return async (previous, form) => {
    const state = await action(previous, form);
    if ((await headers()).has("next-action")) return state;
    const query = new URLSearchParams();
    if (state.status === "success") query.set("saved", state.outcome ?? "1");
    else {
      query.set("unsaved", state.outcome === "conflict" || state.outcome === "gone" ? state.outcome : "invalid");
      const fields = Object.keys(state.fieldErrors ?? {}).filter((f) => /^[A-Za-z0-9-]{1,40}$/.test(f));
      if (fields.length) query.set("check", fields.join(","));
    }
    redirect(`${path}?${query}`);
  };
}
