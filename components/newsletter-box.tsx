import { NewsletterForm } from "@/components/newsletter/newsletter-form";
import { HoneypotField } from "@/components/forms/honeypot-field";
import { RateLimitField } from "@/components/forms/rate-limit-field";
import type { FormState } from "@/lib/forms/form-state";
import { newsletterConsent, type SignupSource } from "@/lib/newsletter/consent";
import { signupLimits } from "@/lib/newsletter/signup-limits";

/** The mailing-list signup box: in every public page's footer (the appeal's too), and on /newsletter. */
export function NewsletterBox({ tone = "light", source, answer, id }: { tone?: "light" | "dark"; source: SignupSource; answer?: FormState; id?: string }) {
  const dark = tone === "dark";
  const headingId = `newsletter-${source}`;
  // The form's ids start with its heading's (one box per source on a page): the parts it draws
  // below, which do not change with its answer, are named by them.
  const idPrefix = headingId;
  return (
    <section id={id} aria-labelledby={headingId} className={dark ? "relative" : "relative scroll-mt-4 rounded-3xl bg-pine-light p-8 sm:p-10"}>
      <h2 id={headingId} className={dark ? "text-2xl text-white" : "text-3xl"}>
        {dark ? "Updates by email" : "Hear how the appeal is going"}
      </h2>
      <p className={dark ? "mt-2 text-white/85" : "mt-2 text-ink-soft"}>
        An email now and then with news from Calais, Dunkirk, Paris and Brussels. You can leave at any time.
      </p>
      <NewsletterForm
        idPrefix={idPrefix}
        hidden={
          <>
            <RateLimitField limit={signupLimits.perConnection} />
            <input type="hidden" name="source" value={source} />
            <HoneypotField id={`${idPrefix}-website`} />
          </>
        }
        consent={
          <p id={`${idPrefix}-consent`} className={`mt-3 text-sm ${dark ? "text-white/80" : "text-ink-soft"}`}>
            {newsletterConsent.wording}
          </p>
        }
        tone={tone}
        answer={answer}
      />
    </section>
  );
}
