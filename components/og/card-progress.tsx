import type { Progress } from "@/lib/campaign/progress";
import { formatCount } from "@/lib/format/money";
import { cardColours } from "./card-frame";

/** "1,184 of 3,000 coats funded" over a bar, for the appeal's card. */
export function CardProgress({ progress }: { progress: Progress }) {
  const filled = Math.max(0, Math.min(100, progress.percent));
  return (
    <div style={{ display: "flex", flexDirection: "column", marginTop: 36 }}>
      <div style={{ display: "flex", alignItems: "baseline", gap: 18, fontSize: 40 }}>
        <span style={{ fontFamily: "Fraunces", fontWeight: 600, fontSize: 64, color: cardColours.emberLight }}>{formatCount(progress.coatsFunded)}</span>
        <span>of {formatCount(progress.goal)} coats funded</span>
      </div>
      <div style={{ display: "flex", marginTop: 20, width: "100%", height: 28, borderRadius: 14, background: cardColours.nightSoft }}>
        <div style={{ display: "flex", width: `${filled}%`, height: 28, borderRadius: 14, background: cardColours.ember }} />
      </div>
    </div>
  );
}
