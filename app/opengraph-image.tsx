import { ImageResponse } from "next/og";
import { getCampaign } from "@/lib/campaign/cached";

// The default social card for every page (issue-specific cards, such as live progress, can
// override it per route). Rendered once at build and cached like the pages.
export const alt = "A warm coat for every person sleeping rough this winter";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

export default async function OpenGraphImage() {
  const campaign = await getCampaign();
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", background: "#15202e", color: "#fbf6ee", padding: 72 }}>
        <div style={{ display: "flex", alignItems: "center", gap: 20, fontSize: 36 }}>
          <div style={{ width: 56, height: 56, borderRadius: 28, background: "#b2400e" }} />
          {campaign?.charityName ?? "Winter appeal"}
        </div>
        <div style={{ display: "flex", fontSize: 72, lineHeight: 1.1, fontWeight: 700 }}>{campaign?.headline ?? alt}</div>
        <div style={{ display: "flex", fontSize: 32, color: "#fde4d3" }}>#{campaign?.hashtag ?? "Coat4Calais"}</div>
      </div>
    ),
    size,
  );
}
