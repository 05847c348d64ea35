import { HONEYPOT_FIELD } from "@/lib/forms/form-state";

/**
 * The honeypot of a public form: a text field hidden from people and assistive technology, which
 * bots fill in. `publicAction` (lib/forms/public-action.ts) answers a post that filled it as if all
 * went well, and does nothing.
 */
export function HoneypotField({ id }: { id: string }) {
  return (
    <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
      <label htmlFor={id}>Leave this field empty</label>
      <input id={id} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
