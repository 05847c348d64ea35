"use client";

import { saveFiguresAction } from "@/app/admin/appeal/actions";
import { Field, FormMessage, SelectField, useKeptForm, VersionField } from "@/components/admin/kept-form";
import { figureField, isBlankRow, readFigureRows, rowsWithBlank } from "@/lib/campaign/figure-rows";

const qualifiers = [
  { value: "AROUND", label: "Around" },
  { value: "OVER", label: "Over" },
  { value: "EXACTLY", label: "Exactly" },
];

const small = "min-h-11 rounded-full border-2 border-ink/25 bg-white px-4 text-sm font-semibold hover:border-ink disabled:opacity-50";

/**
 * The situation figures, one group of fields per row, in the order the home page shows them.
 * Move and remove are buttons of the form itself (handled by the server, nothing saved until
 * "Save the figures"), so they work without JavaScript; the last, empty row adds a figure.
 */
export function FiguresForm({ initial }: { initial: Record<string, string> }) {
  const [kit, action] = useKeptForm(saveFiguresAction, initial);
  const rows = rowsWithBlank(readFigureRows(kit.state.values ?? initial));
  return (
    <form action={action} noValidate className="space-y-6">
      {/* First in the form, so pressing Enter in a field saves rather than moving a row. */}
      <button type="submit" name="intent" value="save" tabIndex={-1} aria-hidden="true" className="sr-only">Save the figures</button>
      <VersionField kit={kit} />
      <FormMessage kit={kit} />
      <ol className="space-y-5">
        {rows.map((row, i) => {
          const blank = isBlankRow(row);
          const next = rows[i + 1];
          const name = row.place.trim() || `figure ${i + 1}`;
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
                {blank ? null : (
                  <div className="mt-4 flex flex-wrap gap-2">
                    {i > 0 ? (
                      <button type="submit" name="intent" value={`up:${i}`} disabled={kit.pending} className={small} aria-label={`Move up: ${name}`}>
                        Move up
                      </button>
                    ) : null}
                    {next && !isBlankRow(next) ? (
                      <button type="submit" name="intent" value={`down:${i}`} disabled={kit.pending} className={small} aria-label={`Move down: ${name}`}>
                        Move down
                      </button>
                    ) : null}
                    <button type="submit" name="intent" value={`remove:${i}`} disabled={kit.pending} className={small} aria-label={`Remove: ${name}`}>
                      Remove
                    </button>
                  </div>
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button type="submit" name="intent" value="save" disabled={kit.pending} className="btn-primary">{kit.pending ? "Saving…" : "Save the figures"}</button>
    </form>
  );
}
