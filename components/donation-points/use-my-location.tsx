"use client";

import { useRouter } from "next/navigation";
import { useState, useSyncExternalStore, useTransition } from "react";

const subscribe = () => () => {};
const hasGeolocation = () => typeof navigator !== "undefined" && "geolocation" in navigator && window.isSecureContext;

type Problem = "denied" | "failed" | null;

const problems = {
  denied: "Your browser didn’t share your location, so we can’t sort the list by it. Type your postcode above instead.",
  failed: "We couldn’t work out where you are just now. Type your postcode above instead.",
} as const;

/**
 * “Use my location”: an extra for browsers that can tell us where they are, so it is not drawn
 * at all without JavaScript or geolocation. The position is rounded to about 100 metres before
 * it goes into the address, and is never stored.
 */
export function UseMyLocation() {
  const supported = useSyncExternalStore(subscribe, hasGeolocation, () => false);
  const router = useRouter();
  const [locating, setLocating] = useState(false);
  const [problem, setProblem] = useState<Problem>(null);
  const [navigating, startNavigation] = useTransition();
  if (!supported) return null;

  const busy = locating || navigating;
  const locate = () => {
    setProblem(null);
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false);
        const lat = position.coords.latitude.toFixed(3);
        const lng = position.coords.longitude.toFixed(3);
        startNavigation(() => router.push(`/donation-points?lat=${lat}&lng=${lng}`, { scroll: false }));
      },
      (error) => {
        setLocating(false);
        setProblem(error.code === error.PERMISSION_DENIED ? "denied" : "failed");
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 5 * 60_000 },
    );
  };

  return (
    <div className="mt-4">
      <button type="button" onClick={locate} disabled={busy} aria-describedby={problem ? "location-problem" : undefined} className="btn-secondary">
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
          <circle cx="12" cy="12" r="4" />
          <path d="M12 2v3M12 19v3M2 12h3M19 12h3" />
        </svg>
        {busy ? "Finding you…" : "Use my location"}
      </button>
      <p id="location-problem" role="status" className="mt-2 min-h-0 font-semibold text-ember-dark">
        {problem ? problems[problem] : ""}
      </p>
    </div>
  );
}
