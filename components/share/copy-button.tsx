"use client";

import { useEffect, useState, useSyncExternalStore } from "react";

const never = () => () => {};
/** A ref that selects its field's text when the field appears (one function, so only then). */
const selectOnShow = (input: HTMLInputElement | null) => input?.select();

/**
 * 0 while rendering on the server; 1 in a browser; 2 in one with a share sheet that takes `url`
 * (phones, some desktops).
 */
function useBrowser(url?: string) {
  return useSyncExternalStore(
    never,
    () => (url && typeof navigator.share === "function" && (typeof navigator.canShare !== "function" || navigator.canShare({ url })) ? 2 : 1),
    () => 0,
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
  const browser = useBrowser(share && value);
  const [status, setStatus] = useState("");
  const [showField, setShowField] = useState(false);

  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(""), 5000);
    return () => clearTimeout(timer);
  }, [status]);

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
      {browser ? (
        <div className="button-row">
          <button type="button" className="btn-secondary" onClick={copy}>
            {label}
          </button>
          {browser > 1 ? (
            <button type="button" className="btn-secondary" onClick={openSheet}>
              More ways to share…
            </button>
          ) : null}
        </div>
      ) : null}
      {showField ? (
        <label className="copy-field">
          {fieldLabel}
          <input ref={selectOnShow} readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
        </label>
      ) : null}
      {/* Present from the first render, so screen readers announce what is written into it. */}
      <p role="status" aria-live="polite" className="copy-status">
        {status}
      </p>
    </div>
  );
}
