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

/** Whether the browser has a share sheet that takes the link (phones, some desktops). */
function useShareSheet(url: string | undefined) {
  return useSyncExternalStore(
    never,
    () => !!url && typeof navigator.share === "function" && (typeof navigator.canShare !== "function" || navigator.canShare({ url })),
    () => false,
  );
}

/**
 * Copies `value` to the clipboard and says so in a live region. Drawn only where JavaScript runs;
 * when the browser refuses (no clipboard access), the value is shown selected, ready to copy by hand.
 * Given `share` (for a link), it also offers the device's own share sheet where there is one.
 */
export function CopyButton({
  value,
  label,
  copied,
  fieldLabel,
  share,
}: {
  value: string;
  label: string;
  /** What the live region says after copying, e.g. "Link copied". */
  copied: string;
  /** The label of the field the value appears in when copying fails. */
  fieldLabel: string;
  /** `value` is a link: the title and text the share sheet offers with it. */
  share?: { title: string; text: string };
}) {
  const inBrowser = useInBrowser();
  const sheet = useShareSheet(share && value);
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

  async function openSheet() {
    try {
      await navigator.share({ ...share, url: value });
    } catch {
      // Closing the sheet rejects too; the other ways to share are all on the page.
    }
  }

  return (
    <div className="copy-kit">
      {inBrowser ? (
        <div className="button-row">
          <button type="button" className="btn-secondary" onClick={copy}>
            {label}
          </button>
          {sheet ? (
            <button type="button" className="btn-secondary" onClick={openSheet}>
              More ways to share…
            </button>
          ) : null}
        </div>
      ) : null}
      {showField ? (
        <div className="copy-field">
          <label htmlFor={fieldId}>{fieldLabel}</label>
          <input id={fieldId} ref={field} readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
        </div>
      ) : null}
      {/* Present from the first render, so screen readers announce what is written into it. */}
      <p role="status" aria-live="polite" className="copy-status">
        {status}
      </p>
    </div>
  );
}
