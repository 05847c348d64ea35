import type { Metadata } from "next";
import { SiteLink } from "@/components/site-link";
import { NewsletterBox } from "@/components/newsletter-box";
import { keptAnswer } from "@/lib/forms/answer-without-script";
import { pageMetadata } from "@/lib/site-metadata";

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    title: "Email updates",
    description: "News from the winter appeal by email, now and then. Confirm with one click, leave with one click.",
    path: "/newsletter",
  });
}

// Rendered in full before anything is sent (no streaming behind <Suspense>): a signup posted
// without script, from any page's box, comes back here with its answer
// (lib/forms/answer-without-script.ts), and streamed content is only revealed by script.
export const instant = false;

export default async function NewsletterPage() {
  const answer = await keptAnswer("signup");
  return (
    <div className="container-page py-14">
      <p className="eyebrow">Stay in touch</p>
      <h1 className="mt-2 text-4xl font-semibold sm:text-5xl">Email updates from the appeal</h1>
      <div className="mt-6 grid gap-10 lg:grid-cols-[3fr_2fr]">
        <NewsletterBox source="newsletter-page" answer={answer} id="signup" />
        <div className="text-ink-soft">
          <h2 className="text-2xl font-semibold text-ink">What to expect</h2>
          <ul className="mt-3 list-disc space-y-2 pl-5">
            <li>We send you one email to confirm it’s really you. Nothing more happens until you press its button.</li>
            <li>After that, an update every few weeks: what the coats and your gifts made possible, and where help is needed next.</li>
            <li>Every email has a link to unsubscribe straight away.</li>
          </ul>
          <p className="mt-4">
            We never share your address. Our <SiteLink href="/privacy">privacy notice</SiteLink> explains what we keep and why.
          </p>
        </div>
      </div>
    </div>
  );
}
