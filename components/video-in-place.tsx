"use client";

import { useState } from "react";

/**
 * The client half of the appeal video (components/appeal-video.tsx draws what goes in it): a link
 * to the video that, where script runs, plays it in place instead. Until pressed nothing is asked
 * of the video host. The frame takes the page's referrer policy (strict-origin-when-cross-origin,
 * lib/security/headers.ts): the host sees this site's origin, which its player needs, and no path.
 */
export function VideoInPlace({ title, url, note, children }: { title: string; url: string; note: React.ReactNode; children: React.ReactNode }) {
  const [playing, setPlaying] = useState(false);
  return playing ? (
    <div className="video-frame">
      <iframe
        src={`${url}${url.includes("?") ? "&" : "?"}autoplay=1&rel=0`}
        title={title}
        allow="autoplay; encrypted-media; picture-in-picture"
        allowFullScreen
      />
    </div>
  ) : (
    <div className="video-poster">
      <a
        href={url}
        onClick={(e) => {
          e.preventDefault();
          setPlaying(true);
        }}
        className="video-play group"
      >
        {children}
      </a>
      {note}
    </div>
  );
}
