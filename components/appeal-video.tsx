"use client";

import { useState } from "react";

/**
 * The appeal video, loaded only when asked for: until the visitor presses play, nothing is
 * requested from the video host (no thumbnail, no script, no cookie). Without JavaScript the
 * button is a plain link to the video.
 */
export function AppealVideo({ title, url }: { title: string; url: string }) {
  const [playing, setPlaying] = useState(false);
  const src = `${url}${url.includes("?") ? "&" : "?"}autoplay=1&rel=0`;
  if (playing) {
    return (
      <div className="aspect-video overflow-hidden rounded-3xl bg-night">
        <iframe
          src={src}
          title={title}
          className="h-full w-full"
          allow="autoplay; encrypted-media; picture-in-picture"
          allowFullScreen
          referrerPolicy="strict-origin-when-cross-origin"
        />
      </div>
    );
  }
  return (
    <div className="video-poster">
      <a
        href={url}
        onClick={(e) => {
          e.preventDefault();
          setPlaying(true);
        }}
        className="video-play group"
      >
        <span className="video-button">
          <svg aria-hidden="true" viewBox="0 0 24 24" className="ml-1 h-9 w-9 fill-white">
            <path d="M8 5v14l11-7z" />
          </svg>
        </span>
        <span className="font-serif text-2xl font-semibold">{`Play: ${title}`}</span>
      </a>
      <p className="max-w-md text-sm text-white/80">The video is hosted by YouTube. Nothing is loaded from YouTube until you press play.</p>
    </div>
  );
}
