import type { Metadata } from "next";
import { SiteLink } from "@/components/site-link";
import { PointCard } from "@/components/donation-points/point-card";
import { UseMyLocation } from "@/components/donation-points/use-my-location";
import { getCampaign } from "@/lib/campaign/cached";
import { getPublicDonationPoints } from "@/lib/donation-points/cached";
import type { MapOrigin } from "@/lib/donation-points/map-view";
import { searchNearby, type NearbyProblem, type NearbyQuery } from "@/lib/donation-points/search-nearby";
import { formatPence } from "@/lib/format/money";
import { lookupPostcode } from "@/lib/geocode/lookup-postcode";
import { clientIp } from "@/lib/http/client-ip";
import { env } from "@/lib/env";
import { EXAMPLE_POSTCODE, UK_POSTCODE_MESSAGE } from "@/lib/geocode/normalise-uk-postcode";
import { consumeRateLimit } from "@/lib/rate-limit/consume";
import { postcodeLookupLimit } from "@/lib/rate-limit/policies";
import { pageMetadata } from "@/lib/site-metadata";
import { waitInWords } from "@/lib/rate-limit/wait-in-words";
import { FinderBusy, ResultsRegion, SearchButton, SearchForm, SearchStatus } from "./finder-search";
import { PointsMap, type MapTiles } from "./points-map";

// Rendered in full before anything is sent: the postcode search is a plain GET form that must
// work without JavaScript, and streamed content is only revealed by script. The points come from
// a cache refreshed by tag; only the search runs per request.
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    title: "Give a coat: drop-off points near you",
    description: "Find your nearest coat drop-off point in the UK, with opening times and what each one needs now.",
    path: "/donation-points",
  });
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** A lookup limit that cannot be checked is not a reason to refuse the search. */
async function allowLookup() {
  try {
    return await consumeRateLimit(postcodeLookupLimit, await clientIp());
  } catch (error) {
    console.error("[donation-points] rate limit unavailable", error);
    return { ok: true as const };
  }
}

function problemMessage(problem: NearbyProblem, postcode: string): string {
  switch (problem.kind) {
    case "invalid-postcode":
      return postcode ? `${UK_POSTCODE_MESSAGE}.` : `Enter your postcode, like ${EXAMPLE_POSTCODE}.`;
    case "unknown-postcode":
      return `We can’t find the postcode ${postcode.toUpperCase()}. Please check it and try again.`;
    case "unavailable":
      return "Our postcode lookup isn’t answering just now, so we can’t sort the points by distance. Every drop-off point is listed below by town; please try again in a few minutes.";
    case "rate-limited":
      return `You’ve looked up a lot of postcodes in the last few minutes. Please try again in ${waitInWords(problem.retryAfterSeconds)}; meanwhile every drop-off point is listed below by town.`;
    case "invalid-location":
      return "We couldn’t read that location. Please type your postcode instead.";
  }
}

/** The map's tiles as configured; null when the operator turned the map off (MAP_TILE_URL=off). */
function mapTiles(): MapTiles | null {
  if (env.MAP_TILE_URL === null || !env.MAP_TILE_ATTRIBUTION) return null;
  return { url: env.MAP_TILE_URL, attribution: env.MAP_TILE_ATTRIBUTION, attributionUrl: env.MAP_TILE_ATTRIBUTION_URL ?? null };
}

export default async function DonationPointsPage({ searchParams }: Props) {
  const params = await searchParams;
  const one = (key: string) => (typeof params[key] === "string" ? (params[key] as string) : undefined);
  const query: NearbyQuery = { postcode: one("postcode"), lat: one("lat"), lng: one("lng") };
  const [points, campaign] = await Promise.all([getPublicDonationPoints(), getCampaign()]);
  const result = await searchNearby(query, points, { lookup: (postcode) => lookupPostcode(postcode), allowLookup });

  const problem = result.problem;
  const fieldProblem = problem?.kind === "invalid-postcode" || problem?.kind === "unknown-postcode";
  const measured = result.origin !== null;
  const heading =
    result.origin?.kind === "postcode"
      ? `Nearest to ${result.origin.postcode}`
      : result.origin?.kind === "location"
        ? "Nearest to you"
        : "Every drop-off point";
  const List = measured ? "ol" : "ul";
  const describedBy = ["postcode-hint", problem ? "postcode-problem" : ""].filter(Boolean).join(" ");
  const count = `${result.points.length} ${result.points.length === 1 ? "drop-off point" : "drop-off points"}`;
  const found = result.points.length ? `${heading}: ${count}.` : "No drop-off points are open just now.";
  const tiles = mapTiles();
  const origin: MapOrigin | null = result.origin && {
    label: result.origin.kind === "postcode" ? `Your postcode, ${result.origin.postcode}` : "Your location",
    latitude: result.origin.latitude,
    longitude: result.origin.longitude,
  };
  const mapPoints = result.points.map((p, i) => ({
    id: p.id,
    number: i + 1,
    name: p.name,
    latitude: p.latitude,
    longitude: p.longitude,
    full: p.status === "FULL",
  }));

  return (
    <div className="container-page py-14">
      <p className="eyebrow">Give a coat</p>
      <h1 className="mt-2 text-4xl font-semibold sm:text-5xl">Hand in a coat near you</h1>
      <div className="mt-5 max-w-prose space-y-3 text-lg text-ink-soft">
        <p>
          Have a look in your wardrobe. A warm winter coat you no longer wear could see someone through a freezing night outside in Calais, Dunkirk, Brussels or
          Paris.
        </p>
        <p>
          Bring it to one of the drop-off points below, run by friends of the appeal across the UK. We collect what they gather and our volunteers hand every
          coat to someone who needs it.
        </p>
        <p>
          Before you hand it in, take a photo of yourself holding it up and <SiteLink href="/coat-wall/add">add it to the coat wall</SiteLink>.
        </p>
      </div>

      <FinderBusy>
        <div className="mt-10 grid gap-12 lg:grid-cols-[3fr_2fr]">
          <div className="min-w-0">
            <section aria-labelledby="find" className="rounded-3xl bg-paper-deep p-6 sm:p-8">
              <h2 id="find" className="text-2xl font-semibold sm:text-3xl">
                Find your nearest drop-off point
              </h2>
              <SearchForm action="/donation-points" postcode={result.postcode} className="mt-4">
                <label htmlFor="postcode" className="block font-semibold">
                  Your postcode
                </label>
                <p id="postcode-hint" className="text-sm text-ink-muted">
                  For example, {EXAMPLE_POSTCODE}. We only use it to sort the list, and we don’t keep it.
                </p>
                <div className="mt-2 flex flex-wrap gap-3">
                  <input
                    id="postcode"
                    name="postcode"
                    type="text"
                    defaultValue={result.postcode}
                    autoComplete="postal-code"
                    autoCapitalize="characters"
                    spellCheck={false}
                    maxLength={20}
                    aria-describedby={describedBy}
                    {...(fieldProblem ? { "aria-invalid": true as const } : {})}
                    className="min-h-11 w-full max-w-56 rounded-xl border-2 border-ink/25 bg-white px-4 uppercase"
                  />
                  <SearchButton />
                </div>
                {problem ? (
                  <p
                    id="postcode-problem"
                    role="alert"
                    className={`mt-3 font-semibold ${fieldProblem ? "text-ember-dark" : "rounded-2xl bg-white p-4 text-ink ring-1 ring-ember/40"}`}
                  >
                    {problemMessage(problem, result.postcode)}
                  </p>
                ) : null}
              </SearchForm>
              <SearchStatus found={found} />
              <UseMyLocation />
            </section>

            <ResultsRegion labelledBy="results" className="mt-10">
              <h2 id="results" className="text-2xl font-semibold sm:text-3xl">
                {heading}
              </h2>
              {result.points.length ? (
                <>
                  <p className="mt-1 text-ink-soft">
                    {count}
                    {measured ? ", nearest first, as the crow flies." : ", by town."}
                  </p>
                  <List className="mt-6 space-y-5">
                    {result.points.map((p, i) => (
                      <li key={p.id}>
                        <PointCard point={p} measured={measured} number={i + 1} />
                      </li>
                    ))}
                  </List>
                </>
              ) : (
                <p className="mt-3 text-lg">
                  No drop-off points are open just now. You can still keep someone warm:{" "}
                  <SiteLink href="/donate?gift=coat" className="font-semibold text-ember-dark underline underline-offset-4">
                    buy a coat{campaign ? ` for ${formatPence(campaign.coatPricePence)}` : ""}
                  </SiteLink>
                  .
                </p>
              )}
            </ResultsRegion>
          </div>

          <div className="space-y-6 text-ink-soft lg:self-start">
            {tiles ? <PointsMap points={mapPoints} origin={origin} tiles={tiles} /> : null}
            <section aria-labelledby="good-coat" className="rounded-3xl bg-white p-6 ring-1 ring-ink/10">
              <h2 id="good-coat" className="text-xl font-semibold text-ink">
                What makes a good coat
              </h2>
              <ul className="mt-3 list-disc space-y-2 pl-5">
                <li>Warm and waterproof: it will be worn outside, day and night, all winter.</li>
                <li>Adult sizes, especially men’s small and medium, which run out first.</li>
                <li>Clean, dry and whole, with a zip or buttons that still do up.</li>
                <li>Check what a point needs now before you set off: some are also short of gloves, hats and socks.</li>
              </ul>
            </section>
            <section aria-labelledby="how" className="rounded-3xl bg-white p-6 ring-1 ring-ink/10">
              <h2 id="how" className="text-xl font-semibold text-ink">
                How to give your coat
              </h2>
              <ol className="mt-3 list-decimal space-y-2 pl-5">
                <li>Find a point near you and check its opening times.</li>
                <li>{campaign?.photoInvitation ?? "Take a photo of yourself holding your coat up and share it, so friends think of theirs."}</li>
                <li>Hand it in. A point marked “Full for now” has no room until its next collection: try the next one on the list.</li>
              </ol>
            </section>
            <section aria-labelledby="no-coat" className="rounded-3xl bg-pine-light p-6">
              <h2 id="no-coat" className="text-xl font-semibold text-ink">
                No coat to spare?
              </h2>
              <p className="mt-2">
                {campaign ? `${formatPence(campaign.coatPricePence)} could buy` : "A gift could buy"} a warm, waterproof coat, handed to someone sleeping rough
                by our volunteers in person.
              </p>
              <SiteLink href="/donate?gift=coat" className="btn-primary mt-4">
                Buy a coat
              </SiteLink>
            </section>
          </div>
        </div>
      </FinderBusy>
    </div>
  );
}
