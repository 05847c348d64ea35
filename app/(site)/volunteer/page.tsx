import type { Metadata } from "next";
import { SiteLink } from "@/components/site-link";
import { VolunteerForm } from "@/app/(site)/volunteer/volunteer-form";
import { HoneypotField } from "@/components/forms/honeypot-field";
import { RateLimitField } from "@/components/forms/rate-limit-field";
import { formatCount } from "@/lib/format/money";
import { pageMetadata } from "@/lib/site-metadata";
import { MAX_NOTE_LENGTH, volunteerLimits } from "@/lib/volunteers/application-limits";
import { volunteerLanguages, volunteerPlaces } from "@/lib/volunteers/options";

// Rendered in full before anything is sent (no streaming behind <Suspense>): its form must work
// with JavaScript switched off, and streamed content is only revealed by script.
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    title: "Volunteer",
    description:
      "Sort coats in our Calais warehouse, hand them out in Calais, Dunkirk, Paris and Brussels, drive a van, or run a collection in the UK. Apply in five minutes.",
    path: "/volunteer",
  });
}

const roles = [
  {
    title: "Sorting in the warehouse",
    where: "Calais",
    body: "Donations arrive by the vanload. Sorting them by size and season, and packing the bags each distribution needs, is the heart of everything we do. No experience needed: just energy and an eye for a good coat.",
  },
  {
    title: "Distributions",
    where: "Calais and Dunkirk",
    body: "Handing out coats, sleeping-bag covers, food and clean clothes where people are sleeping. You work in a team led by an experienced volunteer, with time to talk as well as to give.",
  },
  {
    title: "Drivers",
    where: "France and Belgium",
    body: "Every day, aid moves from the warehouse to the places people sleep. If you hold a full licence and would be comfortable driving a van on the right, we need you.",
  },
  {
    title: "Language speakers",
    where: "Everywhere",
    body: "Arabic, Farsi, Pashto, Kurdish, Tigrinya and French speakers help us listen properly: to explain what we’re handing out, to hear what people need, and simply to talk.",
  },
  {
    title: "Street teams",
    where: "Paris and Brussels",
    body: "Over 1,500 people sleep rough in Paris and around 500 in Brussels. Small teams walk the streets with coats, food and essentials, often in the early morning.",
  },
  {
    title: "Collections at home",
    where: "The UK",
    body: "Can’t travel? Run a coat collection at your school, workplace or place of worship, help at a drop-off point, or sort donations before they cross the Channel.",
  },
] as const;

export default function VolunteerPage() {
  return (
    <>
      <section className="bg-night text-white">
        <div className="container-page py-16 sm:py-20">
          <p className="text-sm font-semibold uppercase tracking-wider text-ember-light">Volunteer</p>
          <h1 className="mt-3 max-w-3xl text-4xl font-semibold text-white sm:text-6xl">Come and help in person</h1>
          <p className="mt-5 max-w-2xl text-lg text-white/90 sm:text-xl">
            Every coat we give out is sorted, packed, driven and handed over by a volunteer. Whether you can give a week in Calais or a Saturday in your own
            town, there is a place for you this winter.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            <a href="#apply" className="btn-primary">
              Apply to volunteer
            </a>
            <a href="#expect" className="btn-light">
              What to expect
            </a>
          </div>
        </div>
      </section>

      <section aria-labelledby="needed" className="container-page py-16">
        <p className="eyebrow">Who we need</p>
        <h2 id="needed" className="mt-2 section-title">
          Six ways to give your time
        </h2>
        <p className="mt-4 max-w-prose text-lg text-ink-soft">
          Around 1,000 people are sleeping rough in Calais and Dunkirk as winter sets in, with thousands more in Paris and Brussels. Most of the work is simple,
          practical and shared: you don’t need special skills, only to turn up ready to help.
        </p>
        <ul className="mt-8 grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
          {roles.map((role) => (
            <li key={role.title} className="card">
              <p className="text-sm font-semibold uppercase tracking-wider text-ink-muted">{role.where}</p>
              <h3 className="mt-1 text-xl font-semibold">{role.title}</h3>
              <p className="mt-2 text-ink-soft">{role.body}</p>
            </li>
          ))}
        </ul>
      </section>

      <section id="expect" aria-labelledby="expect-heading" className="bg-paper-deep py-16">
        <div className="container-page grid gap-12 lg:grid-cols-2">
          <div>
            <h2 id="expect-heading" className="section-title">
              What to expect
            </h2>
            <dl className="mt-6 space-y-5">
              <div>
                <dt className="font-semibold">How long</dt>
                <dd className="mt-1 text-ink-soft">
                  In France and Belgium we ask for at least two days in a row: the first morning is spent learning how we work. Most people stay a week; some
                  stay for months. In the UK, a single day makes a difference.
                </dd>
              </div>
              <div>
                <dt className="font-semibold">The days</dt>
                <dd className="mt-1 text-ink-soft">
                  Long, physical and mostly outdoors, in wind and rain. Bring warm waterproof clothes and sturdy boots. You will be tired, and you will be part
                  of a team that looks after each other.
                </dd>
              </div>
              <div>
                <dt className="font-semibold">Getting there</dt>
                <dd className="mt-1 text-ink-soft">
                  Volunteers arrange and pay for their own travel and somewhere to stay; we’ll tell you where others stay and how to share lifts. Bring your
                  passport. Please don’t book anything until we’ve confirmed your dates.
                </dd>
              </div>
              <div>
                <dt className="font-semibold">Who can come</dt>
                <dd className="mt-1 text-ink-soft">
                  Anyone aged 18 or over. Under 18? You can still help from home: run a collection with an adult, or{" "}
                  <SiteLink href="/donation-points">find a drop-off point for a coat</SiteLink>.
                </dd>
              </div>
            </dl>
          </div>
          <div className="rounded-3xl bg-white p-6 ring-1 ring-ink/10 sm:p-8">
            <h2 className="text-2xl font-semibold">Keeping everyone safe</h2>
            <p className="mt-3 text-ink-soft">
              Many of the people we meet have lived through war and dangerous journeys, and some are children travelling alone, as young as 13. Every volunteer
              follows our safeguarding rules, and your induction covers them in full:
            </p>
            <ul className="mt-4 list-disc space-y-2 pl-5 text-ink-soft">
              <li>No photos of the people we support, and never of children. A face or a location can put someone in danger.</li>
              <li>Never be alone with a child or young person, and don’t exchange personal phone numbers or social media.</li>
              <li>Don’t ask about people’s journeys or their past. Listen if they choose to talk.</li>
              <li>Take any worry about someone’s safety straight to your team leader, who will know what to do.</li>
            </ul>
            <p className="mt-4 text-ink-soft">For longer roles and any work with young people we also ask for references.</p>
          </div>
        </div>
      </section>

      <section id="apply" aria-labelledby="apply-heading" className="container-page scroll-mt-4 py-16">
        <div className="mx-auto max-w-3xl">
          <p className="eyebrow">Apply</p>
          <h2 id="apply-heading" className="mt-2 section-title">
            Apply to volunteer
          </h2>
          <p className="mt-4 text-lg text-ink-soft">
            It takes about five minutes. We’ll email you straight away to say your application has arrived, and a coordinator will be in touch within a week.
          </p>
          <div className="mt-8 rounded-3xl bg-white p-6 ring-1 ring-ink/10 sm:p-10">
            <VolunteerForm
              top={
                <>
                  <RateLimitField limit={volunteerLimits.perConnection} />
                  <HoneypotField id="volunteer-website" />
                </>
              }
              places={volunteerPlaces}
              languages={volunteerLanguages}
              hints={{
                phone: "UK or international. We only call to arrange your volunteering.",
                dates:
                  "If your dates aren’t fixed yet, give us your best guess: we’ll agree them with you. In France and Belgium, please offer at least two days in a row.",
                languages: "You don’t need any to volunteer, but a shared language helps more than almost anything. Tick all you could hold a conversation in.",
                van: "A standard UK car licence (category B) covers vans up to 3.5 tonnes. In France and Belgium you’d be driving on the right.",
                note: `Useful skills (first aid, medicine, legal advice, cutting hair), how you heard about us, or anything that would help us plan your time with us. Up to ${formatCount(MAX_NOTE_LENGTH)} characters.`,
              }}
              next={
                <>
                  <h4 className="mt-6 font-serif text-lg font-semibold">What happens next</h4>
                  <ol className="mt-2 list-decimal space-y-2 pl-5">
                    <li>
                      A volunteer coordinator reads your application and gets in touch within a week, usually sooner, to talk through dates and the work you’d
                      like to do.
                    </li>
                    <li>Please don’t book travel until we’ve confirmed your dates with you.</li>
                    <li>
                      Before your first day we send a short briefing: where to meet, what to bring and our safeguarding guidance. Your first day starts with an
                      induction.
                    </li>
                  </ol>
                  <p className="mt-6">
                    Meanwhile, you could <SiteLink href="/donation-points">hand in a coat</SiteLink> or read{" "}
                    {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- query-string list addresses need a full load (components/pagination.tsx) */}
                    <a href="/news?category=volunteer-stories">volunteers’ stories</a>.
                  </p>
                </>
              }
              footer={
                <p className="mt-3 text-sm text-ink-soft">
                  We use these details only to arrange your volunteering, and never share them. Our <SiteLink href="/privacy">privacy notice</SiteLink> explains
                  what we keep and for how long.
                </p>
              }
            />
          </div>
        </div>
      </section>
    </>
  );
}
