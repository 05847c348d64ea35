import { VideoInPlace } from "./video-in-place";

/**
 * The appeal video, loaded only when asked for: until the visitor presses play, nothing is
 * requested from the video host (no thumbnail, no script, no cookie). Without JavaScript the
 * button is a plain link to the video. A server component: the poster is drawn here, and only
 * what plays it in place (components/video-in-place.tsx) is sent as script.
 */
export function AppealVideo({ title, url }: { title: string; url: string }) {
  return (
    <VideoInPlace
      title={title}
      url={url}
      note={<p className="max-w-md text-sm text-white/80">The video is hosted by YouTube. Nothing is loaded from YouTube until you press play.</p>}
    >
      <span className="video-button">
        <svg aria-hidden="true" viewBox="0 0 24 24" className="ml-1 h-9 w-9 fill-white">
          <path d="M8 5v14l11-7z" />
        </svg>
      </span>
      <span className="font-serif text-2xl font-semibold">{`Play: ${title}`}</span>
    </VideoInPlace>
  );
}
