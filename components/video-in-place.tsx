"use client";

import { useState } from "react";

/**
 * The client half of the appeal video (components/appeal-video.tsx draws what goes in it): a link
 * to the video that, where script runs, plays it in place instead. Until pressed nothing is asked
 * of the video host.
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
        referrerPolicy="strict-origin-when-cross-origin"
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
