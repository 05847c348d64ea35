/** Marks a donation made in test mode (test keys or the built-in checkout): no money moved. */
export function TestBadge({ livemode }: { livemode: boolean }) {
  if (livemode) return null;
  return (
    <span className="ml-2 inline-block rounded bg-ember-light px-1.5 py-0.5 text-xs font-semibold text-ember-dark" title="Made in test mode: no money moved">
      Test<span className="sr-only"> donation, no money moved</span>
    </span>
  );
}
