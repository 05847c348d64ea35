import type { FormKit } from "@/components/forms/form-kit";

/**
 * A staff editor's answer in one line above the form: a refusal as an alert (focus moves to it),
 * a save as a status. Each field's problem is said beside the field, not repeated here. `text`
 * replaces the answer's message (a message the page was sent with, a problem said in words).
 */
export function EditorMessage({ kit, text = kit.state.message }: { kit: FormKit; text?: string | null }) {
  if (!text) return null;
  const error = kit.state.status === "error";
  return (
    <p
      {...(error ? { ...kit.focus, tabIndex: -1 } : {})}
      role={error ? "alert" : "status"}
      className={`rounded-2xl p-4 font-semibold ring-1 focus:outline-3 focus:outline-offset-2 focus:outline-ember ${error ? "bg-white text-ember-dark ring-ember" : "bg-pine-light text-pine ring-pine/30"}`}
    >
      {text}
    </p>
  );
}
