const badges = {
  ACCEPTING: { label: "Accepting coats", className: "bg-pine-light text-pine ring-pine/30" },
  FULL: { label: "Full for now", className: "bg-ember-light text-ember-dark ring-ember/30" },
  CLOSED: { label: "Closed", className: "bg-paper-deep text-ink-soft ring-ink/20" },
} as const;

/** A drop-off point's status in words (never colour alone). */
export function StatusBadge({ status }: { status: keyof typeof badges }) {
  const badge = badges[status];
  return <span className={`inline-flex items-center rounded-full px-3 py-0.5 text-sm font-semibold ring-1 ${badge.className}`}>{badge.label}</span>;
}
