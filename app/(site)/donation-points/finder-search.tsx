"use client";

import { useRouter } from "next/navigation";
import { createContext, use, useEffect, useRef, useState, useTransition, type FormEvent, type ReactNode } from "react";

// The postcode search, enhanced. Without script it is a plain GET form and the browser loads the
// answer. With script the answer comes without a full reload, and a lookup can take two
// seconds, so meanwhile the button says it is working (and takes no second press), a status
// line says the same to screen readers, and the results are marked busy.

type Busy = { pending: boolean; searched: boolean; search: (href: string) => void };

const BusyContext = createContext<Busy>({ pending: false, searched: false, search: () => {} });

/** Holds the search's pending state for the form, the status line and the results around it. */
export function FinderBusy({ children }: { children: ReactNode }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [searched, setSearched] = useState(false);
  const search = (href: string) => {
    setSearched(true);
    startTransition(() => router.push(href, { scroll: false }));
  };
  return <BusyContext value={{ pending, searched, search }}>{children}</BusyContext>;
}

/** The form: the same address and fields with or without script; one search at a time. */
export function SearchForm({ action, postcode, className, children }: { action: string; postcode: string; className?: string; children: ReactNode }) {
  const { pending, search } = use(BusyContext);
  const form = useRef<HTMLFormElement>(null);

  // The field keeps what the server made of the postcode ("ct17 9dq" comes back "CT17 9DQ"),
  // without remounting the form, so focus stays where the visitor left it.
  useEffect(() => {
    const field = form.current?.elements.namedItem("postcode");
    if (field instanceof HTMLInputElement) field.value = postcode;
  }, [postcode]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const query = new URLSearchParams();
    for (const [name, value] of new FormData(event.currentTarget)) if (typeof value === "string") query.append(name, value);
    search(`${action}?${query.toString()}`);
  };

  return (
    <form ref={form} action={action} method="get" role="search" onSubmit={submit} className={className}>
      {children}
    </form>
  );
}

/**
 * The submit button. While a search is under way it says so and is marked disabled with
 * aria-disabled rather than `disabled`, so it keeps the keyboard focus; the form refuses a
 * second submission by itself.
 */
export function SearchButton() {
  const { pending } = use(BusyContext);
  return (
    <button type="submit" aria-disabled={pending || undefined} className="btn-primary aria-disabled:cursor-wait">
      {pending ? (
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5 motion-safe:animate-spin" fill="none" stroke="currentColor" strokeWidth="3">
          <path d="M12 3a9 9 0 1 0 9 9" strokeLinecap="round" />
        </svg>
      ) : null}
      {pending ? "Finding points…" : "Find drop-off points"}
    </button>
  );
}

/** Says, to screen readers, that a search is under way, then what it found. */
export function SearchStatus({ found }: { found: string }) {
  const { pending, searched } = use(BusyContext);
  return (
    <p role="status" className="sr-only">
      {pending ? "Finding points…" : searched ? found : ""}
    </p>
  );
}

/** The results: marked busy, and dimmed, while a search is under way. */
export function ResultsRegion({ labelledBy, className, children }: { labelledBy: string; className?: string; children: ReactNode }) {
  const { pending } = use(BusyContext);
  return (
    <section aria-labelledby={labelledBy} aria-busy={pending || undefined} className={`transition-opacity aria-busy:opacity-60 ${className ?? ""}`}>
      {children}
    </section>
  );
}
