import { ShareLinks } from "./share-links";

/**
 * "Share that you gave", on the thank-you page of a paid gift: a preview of the card friends will
 * see, the choice to show a first name on it (a plain GET form, so it works without JavaScript),
 * and the ways to share it.
 */
export function DonorShare({
  sessionId,
  cardPath,
  sentence,
  firstName,
  showingName,
}: {
  sessionId: string;
  /** /shared/<token> */
  cardPath: string;
  sentence: string;
  /** The name the donor may choose to show; null when there is none the card can print. */
  firstName: string | null;
  showingName: boolean;
}) {
  return (
    <section aria-labelledby="share-gift" className="mt-10 rounded-3xl bg-white p-6 ring-1 ring-ink/10">
      <h2 id="share-gift" className="text-2xl font-semibold">
        Share that you gave
      </h2>
      <p className="mt-2 text-ink-soft">
        Friends who see your post get this card. It says what your gift buys, never how much you paid, and shows your name only if you ask it to.
      </p>
      {/* eslint-disable-next-line @next/next/no-img-element -- a generated PNG of a fixed size: nothing for next/image to optimise. */}
      <img
        src={`${cardPath}/opengraph-image`}
        alt={`Your card: “${sentence}”`}
        width={1200}
        height={630}
        className="mt-5 h-auto w-full rounded-2xl ring-1 ring-ink/10"
      />
      {firstName ? (
        <form action="/donate/thank-you" method="get" className="mt-5 flex flex-wrap items-center gap-x-5 gap-y-3">
          <input type="hidden" name="session_id" value={sessionId} />
          <label className="flex items-center gap-3 font-semibold text-ink">
            <input type="checkbox" name="name" value="show" defaultChecked={showingName} className="h-5 w-5 accent-ember" />
            Show my first name, {firstName}, on the card
          </label>
          <button type="submit" className="btn-secondary">
            Update my card
          </button>
        </form>
      ) : null}
      <div className="mt-5">
        <ShareLinks page={cardPath} />
      </div>
    </section>
  );
}
