import type { ReactNode } from "react";
import { cardText } from "@/lib/og/card-text";
import { bareHashtag } from "@/lib/share/share-urls";

// The social cards' shared look (drawn by next/og, which understands a subset of CSS: every box
// with more than one child is a flex box, and styles are inline).
export const cardColours = {
  night: "#15202e",
  nightSoft: "#223246",
  paper: "#fbf6ee",
  ember: "#b2400e",
  emberLight: "#fde4d3",
  muted: "#c9d2dc",
} as const;

export function CardFrame({ charityName, hashtag, site, children }: { charityName: string; hashtag: string; site: string; children: ReactNode }) {
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        background: cardColours.night,
        color: cardColours.paper,
        padding: "64px 72px",
        fontFamily: "Inter",
      }}
    >
      <div style={{ display: "flex", alignItems: "center", gap: 20, fontSize: 34, fontWeight: 600 }}>
        <div style={{ width: 48, height: 48, borderRadius: 24, background: cardColours.ember }} />
        {cardText(charityName, 60)}
      </div>
      <div style={{ display: "flex", flexDirection: "column" }}>{children}</div>
      <div style={{ display: "flex", justifyContent: "space-between", alignItems: "baseline", fontSize: 30 }}>
        <div style={{ display: "flex", color: cardColours.emberLight, fontWeight: 600 }}>#{cardText(bareHashtag(hashtag), 40)}</div>
        <div style={{ display: "flex", color: cardColours.muted }}>{cardText(site, 60)}</div>
      </div>
    </div>
  );
}

/** A headline in the display face, smaller as it grows longer so it always fits three lines. */
export function CardHeadline({ text, max = 120 }: { text: string; max?: number }) {
  const safe = cardText(text, max);
  const size = safe.length > 90 ? 54 : safe.length > 60 ? 62 : 72;
  return <div style={{ display: "flex", fontFamily: "Fraunces", fontWeight: 600, fontSize: size, lineHeight: 1.12, letterSpacing: -1 }}>{safe}</div>;
}
