import { PLACEHOLDERS, type PriceFacts } from "@/lib/markdown/placeholders";

/**
 * Beside every editor of text the public sees: the placeholders that state the prices and the
 * goal, and what each says today. A sentence written with them changes when the figures do.
 */
export function PlaceholderHelp({ facts }: { facts: PriceFacts | null }) {
  return (
    <section aria-labelledby="placeholder-help" className="max-w-prose space-y-2 rounded-2xl bg-paper-deep p-4 text-ink-soft">
      <h2 id="placeholder-help" className="text-lg font-semibold text-ink">
        Writing a price or the goal
      </h2>
      <p>
        Type a placeholder instead of the figure itself. The site fills in the figure wherever the text is shown, so when an admin changes the goal or a price,
        every sentence follows.
      </p>
      <dl className="space-y-1">
        {PLACEHOLDERS.map((p) => (
          <div key={p.name}>
            <dt className="inline font-mono font-semibold text-ink">{`{${p.name}}`}</dt>{" "}
            <dd className="inline">
              {p.says}
              {facts ? `: ${p.value(facts)} now` : ""}
            </dd>
          </div>
        ))}
      </dl>
      <p>Anything else in braces is refused when you save. To show braces as they are, put a backslash before them: {"\\{goal}"}.</p>
    </section>
  );
}
