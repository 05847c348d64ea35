/**
 * The mailing-list signup box. It posts to /newsletter, the signup handler that the newsletter
 * work provides; the field is a plain form so it works without JavaScript.
 */
export function NewsletterBox({ tone = "light" }: { tone?: "light" | "dark" }) {
  const dark = tone === "dark";
  return (
    <section aria-labelledby={`newsletter-${tone}`} className={dark ? "" : "rounded-3xl bg-pine-light p-8 sm:p-10"}>
      <h2 id={`newsletter-${tone}`} className={dark ? "text-2xl text-white" : "text-3xl"}>
        {dark ? "Updates by email" : "Hear how the appeal is going"}
      </h2>
      <p className={dark ? "mt-2 text-white/85" : "mt-2 text-ink-soft"}>
        An email now and then with news from Calais, Dunkirk, Paris and Brussels. You can leave at any time.
      </p>
      <form action="/newsletter" method="post" className="mt-4 flex flex-col gap-3 sm:flex-row">
        <label htmlFor={`newsletter-email-${tone}`} className="sr-only">
          Email address
        </label>
        <input
          id={`newsletter-email-${tone}`}
          name="email"
          type="email"
          required
          autoComplete="email"
          placeholder="you@example.org"
          className="min-h-11 flex-1 rounded-full border-2 border-ink/20 bg-white px-5 text-ink placeholder:text-ink-muted"
        />
        <button type="submit" className={dark ? "btn-light" : "btn-primary"}>
          Sign up
        </button>
      </form>
    </section>
  );
}
