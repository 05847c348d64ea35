"use client";

import { saveFiguresAction } from "@/app/admin/appeal/actions";
import { Field, FieldError, FormMessage, SelectField, useFormKit, VersionField } from "@/components/forms/form-kit";
import type { FormState } from "@/lib/forms/form-state";
import { figureField, isBlankRow, readFigureRows, rowsWithBlank } from "@/lib/campaign/figure-rows";

const qualifiers = [
  { value: "AROUND", label: "Around" },
  { value: "OVER", label: "Over" },
  { value: "EXACTLY", label: "Exactly" },
];

/**
 * The situation figures, one group of fields per row, in the order the home page shows them.
 * Each row says where it goes and whether to remove it, and the last, empty row adds a figure:
 * all of it applied by one save, so it works as a plain form post too.
 */
/** `answer`: a post without script's, kept for the page (lib/forms/kept-answers.ts). */
export function FiguresForm({ initial, answer }: { initial: Record<string, string>; answer?: FormState }) {
  const [kit, action] = useFormKit(saveFiguresAction, { initial, answer });
  const rows = rowsWithBlank(readFigureRows(kit.state.values ?? initial));
  const positions = rows.map((_, i) => ({ value: String(i + 1), label: String(i + 1) }));
  return (
    <form action={action} noValidate className="space-y-6">
      <VersionField kit={kit} />
      <FormMessage kit={kit} />
      <ol className="space-y-5">
        {rows.map((row, i) => {
          const blank = isBlankRow(row) && row.key.startsWith("new-");
          const removeId = kit.id(figureField(i, "remove"));
          return (
            <li key={row.key}>
              <fieldset className="rounded-3xl bg-white p-5 ring-1 ring-ink/10 sm:p-6">
                <legend className="float-left mb-3 w-full font-serif text-xl font-semibold">
                  {blank ? "Add a figure (leave empty to skip)" : `Figure ${i + 1}: ${row.place.trim() || "no place yet"}`}
                </legend>
                <input type="hidden" name={figureField(i, "key")} value={row.key} />
                <div className="grid gap-4 sm:grid-cols-[2fr_1fr_1fr]">
                  <Field kit={kit} name={figureField(i, "place")} label="Place" />
                  <SelectField kit={kit} name={figureField(i, "qualifier")} label="How exact" options={qualifiers} />
                  <Field kit={kit} name={figureField(i, "count")} label="People" inputMode="numeric" />
                  <Field kit={kit} name={figureField(i, "note")} label="Where people are sleeping" className="sm:col-span-3" />
                </div>
                <div className="mt-4 flex flex-wrap items-end gap-x-8 gap-y-4">
                  <SelectField kit={kit} name={figureField(i, "position")} label="Show it as figure number" options={positions} className="w-48" />
                  {blank ? null : (
                    <div className="pb-2">
                      <label htmlFor={removeId} className="flex items-center gap-3">
                        <input
                          key={kit.value(figureField(i, "remove"))}
                          id={removeId}
                          type="checkbox"
                          name={figureField(i, "remove")}
                          defaultChecked={kit.value(figureField(i, "remove")) === "on"}
                          className="h-5 w-5 shrink-0 accent-ember"
                        />
                        Remove this figure when I save
                      </label>
                      <FieldError kit={kit} name={figureField(i, "remove")} />
                    </div>
                  )}
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button type="submit" disabled={kit.pending} className="btn-primary">
        {kit.pending ? "Saving…" : "Save the figures"}
      </button>
    </form>
  );
}
