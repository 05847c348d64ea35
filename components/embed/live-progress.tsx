"use client";

import { useEffect, useState } from "react";
import { ProgressBar } from "@/components/progress-bar";
import { useInBrowser } from "@/components/use-in-browser";
import type { ProgressFigures } from "@/lib/campaign/progress";
import { formatCount } from "@/lib/format/money";

/** How often an open widget asks for new figures: /api/progress is recounted at most this often. */
export const REFRESH_MS = 60_000;

const isCount = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0;

/** The figures /api/progress answers, or null when the answer is not what this page expects. */
function figuresFrom(body: unknown): ProgressFigures | null {
  if (typeof body !== "object" || body === null) return null;
  const { goal, coatsFunded, coatsHandedIn, coatsTowardGoal } = body as Record<string, unknown>;
  return isCount(goal) && isCount(coatsFunded) && isCount(coatsHandedIn) && isCount(coatsTowardGoal)
    ? { goal, coatsFunded, coatsHandedIn, coatsTowardGoal }
    : null;
}

/**
 * The widget's figures and bar. The page renders them with the figures of the moment (so without
 * script they are current when the frame loads); with script they are asked for again every
 * minute while the frame is visible, and at once when it becomes visible after a longer while,
 * without reloading the frame. A failed request keeps the figures shown.
 */
export function LiveProgress({ initial, action }: { initial: ProgressFigures; /** Beside the figures: the Donate button. */ action: React.ReactNode }) {
  const [figures, setFigures] = useState(initial);
  const inBrowser = useInBrowser();

  useEffect(() => {
    let last = Date.now();
    let stopped = false;
    const refresh = async () => {
      last = Date.now();
      try {
        const response = await fetch("/api/progress", { cache: "no-cache" });
        const next = response.ok ? figuresFrom(await response.json()) : null;
        if (next && !stopped) setFigures(next);
      } catch {
        // Offline for a moment: the figures shown stay until the next try.
      }
    };
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") void refresh();
    }, REFRESH_MS);
    const onVisible = () => {
      if (document.visibilityState === "visible" && Date.now() - last >= REFRESH_MS) void refresh();
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      stopped = true;
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, []);

  return (
    // Says, once the browser has taken over, that the figures refresh themselves (tests wait for it).
    <div data-refresh={inBrowser ? "every-minute" : undefined}>
      <div className="mt-1 flex items-center justify-between gap-3">
        <p className="flex flex-wrap items-baseline gap-x-2">
          <span className="font-serif text-3xl font-semibold text-ink">{formatCount(figures.coatsTowardGoal)}</span>
          <span className="text-sm text-ink-soft">of {formatCount(figures.goal)} coats</span>
        </p>
        {action}
      </div>
      <ProgressBar progress={figures} compact />
    </div>
  );
}
