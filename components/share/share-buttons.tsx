"use client";

import { useSyncExternalStore } from "react";
import { CopyButton } from "./copy-button";

const never = () => () => {};

/** Whether the browser has a share sheet that takes a link (phones, some desktops). */
function useNativeShare(url: string) {
  return useSyncExternalStore(
    never,
    () => typeof navigator.share === "function" && (typeof navigator.canShare !== "function" || navigator.canShare({ url })),
    () => false,
  );
}

/**
 * The enhancements beside the plain share links: "Copy link" and the device's own share sheet.
 * Both need JavaScript, so neither is drawn until the page runs it; the links work without.
 */
export function ShareButtons({ url, title, text }: { url: string; title: string; text: string }) {
  const native = useNativeShare(url);

  async function share() {
    try {
      await navigator.share({ title, text, url });
    } catch {
      // Closing the sheet rejects too; the other ways to share are all on the page.
    }
  }

  return (
    <CopyButton value={url} label="Copy link" copied="Link copied" fieldLabel="Link to share">
      {native ? (
        <button type="button" className="btn-secondary" onClick={share}>
          More ways to share…
        </button>
      ) : null}
    </CopyButton>
  );
}
