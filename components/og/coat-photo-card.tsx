import type { Progress } from "@/lib/campaign/progress";
import { towardGoalWords } from "@/lib/campaign/progress-words";
import { cardText } from "@/lib/og/card-text";
import { cardColours } from "./card-frame";
import { bareHashtag } from "@/lib/share/share-urls";

/**
 * A coat-wall photo's card: the photo as a square on the left; on the right the first name, the
 * hashtag, and the appeal's progress. Drawn by next/og (flex boxes, inline styles).
 */
export function CoatPhotoCard({
  photo,
  firstName,
  hashtag,
  charityName,
  progress,
  site,
}: {
  photo: string | null;
  firstName: string;
  hashtag: string;
  charityName: string;
  progress: Progress | null;
  site: string;
}) {
  const name = cardText(firstName, 40) || "A supporter";
  // The appeal's hashtag as staff set it; none (no appeal yet) draws no hashtag, not an old one.
  const tag = cardText(bareHashtag(hashtag), 30);
  const share = progress && progress.goal > 0 ? Math.min(100, Math.round((progress.coatsTowardGoal / progress.goal) * 100)) : null;
  return (
    <div style={{ width: "100%", height: "100%", display: "flex", background: cardColours.night, color: cardColours.paper, fontFamily: "Inter" }}>
      {photo ? (
        // eslint-disable-next-line @next/next/no-img-element -- next/og draws <img>, not next/image
        <img src={photo} width={630} height={630} alt="" style={{ width: 630, height: 630, objectFit: "cover" }} />
      ) : (
        <div style={{ display: "flex", width: 630, height: 630, background: cardColours.nightSoft }} />
      )}
      <div style={{ display: "flex", flexDirection: "column", justifyContent: "space-between", width: 570, padding: "56px 52px" }}>
        <div style={{ display: "flex", fontSize: 28, fontWeight: 600, color: cardColours.muted }}>{cardText(charityName, 50)}</div>
        <div style={{ display: "flex", flexDirection: "column" }}>
          <div style={{ display: "flex", fontFamily: "Fraunces", fontWeight: 600, fontSize: name.length > 20 ? 52 : 68, lineHeight: 1.1 }}>{name}</div>
          <div style={{ display: "flex", marginTop: 8, fontSize: 36 }}>is giving a coat</div>
          {tag ? <div style={{ display: "flex", marginTop: 28, fontSize: 50, fontWeight: 600, color: cardColours.emberLight }}>#{tag}</div> : null}
        </div>
        <div style={{ display: "flex", flexDirection: "column" }}>
          {progress && share !== null ? (
            <>
              <div style={{ display: "flex", fontSize: 30 }}>{towardGoalWords(progress)} so far</div>
              <div
                style={{ display: "flex", marginTop: 14, width: "100%", height: 22, borderRadius: 11, overflow: "hidden", background: cardColours.nightSoft }}
              >
                <div style={{ display: "flex", width: `${share}%`, height: 22, background: cardColours.ember }} />
              </div>
            </>
          ) : null}
          <div style={{ display: "flex", marginTop: 18, fontSize: 24, color: cardColours.muted }}>{cardText(site, 50)}</div>
        </div>
      </div>
    </div>
  );
}
