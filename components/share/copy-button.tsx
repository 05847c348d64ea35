"use client";

import { useEffect, useId, useRef, useState, useSyncExternalStore } from "react";

const never = () => () => {};

/** True once hydrated in a browser (false while rendering on the server). */
export function useInBrowser() {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}

/**
 * Copies `value` to the clipboard and says so in a live region. Drawn only where JavaScript runs;
 * when the browser refuses (no clipboard access), the value is shown selected, ready to copy by hand.
 */
export function CopyButton({
  value,
  label,
  copied,
  fieldLabel,
  children,
}: {
  value: string;
  label: string;
  /** What the live region says after copying, e.g. "Link copied". */
  copied: string;
  /** The label of the field the value appears in when copying fails. */
  fieldLabel: string;
  /** Other buttons to sit beside this one. */
  children?: React.ReactNode;
}) {
  const inBrowser = useInBrowser();
  const [status, setStatus] = useState("");
  const [showField, setShowField] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const fieldId = useId();

  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(""), 5000);
    return () => clearTimeout(timer);
  }, [status]);

  useEffect(() => {
    if (showField) field.current?.select();
  }, [showField]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setShowField(false);
      setStatus(copied);
    } catch {
      setShowField(true);
      setStatus("Your browser would not copy it: it is selected in the box below, ready to copy.");
    }
  }

  return (
    <div className="flex flex-col gap-2">
      {inBrowser ? (
        <div className="flex flex-wrap gap-3">
          <button type="button" className="btn-secondary" onClick={copy}>
            {label}
          </button>
          {children}
        </div>
      ) : null}
      {showField ? (
        <div className="flex flex-col gap-1 text-sm text-ink-soft">
          <label htmlFor={fieldId}>{fieldLabel}</label>
          <input
            id={fieldId}
            ref={field}
            readOnly
            value={value}
            onFocus={(e) => e.currentTarget.select()}
            className="rounded-lg border border-ink/40 bg-white px-3 py-2 text-base text-ink"
          />
        </div>
      ) : null}
      {/* Present from the first render, so screen readers announce what is written into it. */}
      <p role="status" aria-live="polite" className="min-h-6 text-sm font-semibold text-pine">
        {status}
      </p>
    </div>
  );
}
