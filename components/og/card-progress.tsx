import { barParts, type Progress } from "@/lib/campaign/progress";
import { fundedWords, handedInWords, towardGoalWords } from "@/lib/campaign/progress-words";
import { cardColours } from "./card-frame";

/** The "handed in" part's fill: a lighter shade with stripes of the ember, as on the site. */
const handedInFill = {
  backgroundColor: "#e9966c",
  backgroundImage: `repeating-linear-gradient(135deg, ${cardColours.ember} 0px, ${cardColours.ember} 4px, transparent 4px, transparent 12px)`,
};

function Swatch({ fill }: { fill: Record<string, string> }) {
  return <div style={{ display: "flex", width: 26, height: 26, borderRadius: 5, ...fill }} />;
}

/** "1,184 of 3,000 coats" over a two-part bar and its legend in words, for the appeal's card. */
export function CardProgress({ progress }: { progress: Progress }) {
  const parts = barParts(progress);
  const [count, ...rest] = towardGoalWords(progress).split(" ");
  return (
    <div style={{ display: "flex", flexDirection: "column", marginTop: 32 }}>
      <div style={{ display: "flex", alignItems: "baseline", gap: 18, fontSize: 40 }}>
        <span style={{ fontFamily: "Fraunces", fontWeight: 600, fontSize: 64, color: cardColours.emberLight }}>{count}</span>
        <span>{rest.join(" ")}</span>
      </div>
      <div style={{ display: "flex", marginTop: 18, width: "100%", height: 28, borderRadius: 14, overflow: "hidden", background: cardColours.nightSoft }}>
        <div style={{ display: "flex", width: `${parts.funded}%`, height: 28, background: cardColours.ember }} />
        <div style={{ display: "flex", width: `${parts.handedIn}%`, height: 28, ...handedInFill }} />
      </div>
      <div style={{ display: "flex", gap: 40, marginTop: 16, fontSize: 30, color: cardColours.paper }}>
        <div style={{ display: "flex", alignItems: "center", gap: 12 }}>
          <Swatch fill={{ background: cardColours.ember }} />
          {fundedWords(progress)}
        </div>
        <div style={{ display: "flex", alignItems: "center", gap: 12 }}>
          <Swatch fill={handedInFill} />
          {handedInWords(progress)}
        </div>
      </div>
    </div>
  );
}
