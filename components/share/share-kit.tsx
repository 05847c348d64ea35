import { SiteLink } from "@/components/site-link";
import { ShareLinks } from "./share-links";

/**
 * The #hashtag share kit for the appeal: the invitation to share a photo with a coat, the
 * campaign's message, and the ways to share the appeal. All of the words come from the campaign's
 * settings.
 */
export function ShareKit({ message, photoInvitation, headingId }: { message: string; photoInvitation: string; headingId: string }) {
  return (
    <section aria-labelledby={headingId} className="share-kit">
      <h3 id={headingId} className="text-xl font-semibold">
        Share a photo with your coat
      </h3>
      <p className="note">{photoInvitation}</p>
      <p className="mt-2">
        <SiteLink href="/coat-wall/add" className="more-link">
          Add your photo to our coat wall →
        </SiteLink>
      </p>
      <p className="mt-4 text-sm font-semibold text-ink">You could say:</p>
      <blockquote className="share-quote">{message}</blockquote>
      <div className="mt-5">
        <ShareLinks page="/" />
      </div>
    </section>
  );
}
