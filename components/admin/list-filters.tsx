import Link from "next/link";
import type { ReactNode } from "react";

// The filters above every staff list: a plain GET form (it works without script, and the address
// can be bookmarked or shared with a colleague), its fields, a Filter button and a way back.

const control = "min-h-11 rounded-xl border-2 border-ink/25 bg-white px-3";

type Options = readonly { value: string; label: string }[] | Readonly<Record<string, string>>;

const asList = (options: Options) => (Array.isArray(options) ? options : Object.entries(options).map(([value, label]) => ({ value, label })));

export function ListFilters({
  label,
  children,
  clearHref,
}: {
  /** What the list holds, naming the search landmark ("Subscribers"). */
  label: string;
  children: ReactNode;
  /** Shown when a filter is set: the list unfiltered. */
  clearHref?: string;
}) {
  return (
    <form className="flex flex-wrap items-end gap-3" role="search" aria-label={label}>
      {children}
      <button type="submit" className="btn-secondary">
        Filter
      </button>
      {clearHref ? (
        <Link href={clearHref} className="self-center">
          Clear filters
        </Link>
      ) : null}
    </form>
  );
}

/** A choice among fixed values; `any` labels the empty choice (none: every value must be chosen). */
export function FilterSelect({
  name,
  label,
  value,
  options,
  any,
}: {
  name: string;
  label: ReactNode;
  value: string | undefined;
  options: Options;
  any?: string;
}) {
  const id = `filter-${name}`;
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className={control}>
        {any !== undefined ? <option value="">{any}</option> : null}
        {asList(options).map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Words to look for; `wide` takes the row's spare width (a search with a long hint). */
export function FilterSearch({
  name,
  label,
  value,
  hint,
  placeholder,
  wide = false,
}: {
  name: string;
  label: ReactNode;
  value: string | undefined;
  hint?: string;
  placeholder?: string;
  wide?: boolean;
}) {
  const id = `filter-${name}`;
  return (
    <div className={wide ? "min-w-0 flex-1 basis-64" : undefined}>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-ink-soft">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        type="search"
        defaultValue={value ?? ""}
        autoComplete="off"
        placeholder={placeholder}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className={wide ? `${control} w-full` : control}
      />
    </div>
  );
}

/** A day (YYYY-MM-DD, the browser's date picker). */
export function FilterDate({ name, label, value }: { name: string; label: ReactNode; value: string | undefined }) {
  const id = `filter-${name}`;
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <input id={id} name={name} type="date" defaultValue={value ?? ""} className={control} />
    </div>
  );
}
