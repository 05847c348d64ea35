import type { Metadata } from "next";
import { SiteLink } from "@/components/site-link";
import { AddPhotoForm } from "@/app/(site)/coat-wall/add/add-photo-form";
import { getPublicDonationPoints } from "@/lib/donation-points/cached";
import { appealHashtag, wallName } from "@/lib/coat-wall/wall-words";
import { pageMetadata } from "@/lib/site-metadata";

// Rendered in full before anything is sent (no streaming behind <Suspense>): its form must work
// with JavaScript switched off, and streamed content is only revealed by script.
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    title: "Add your photo to the coat wall",
    description: `Giving a coat? Send us a photo of you holding it up, and after a quick check it joins ${wallName(await appealHashtag())} for everyone to see.`,
    path: "/coat-wall/add",
  });
}

export default async function AddPhotoPage() {
  const points = await getPublicDonationPoints();
  return (
    <div className="container-page py-14">
      <div className="mx-auto max-w-3xl">
        <p className="eyebrow">The coat wall</p>
        <h1 className="mt-2 text-4xl font-semibold sm:text-5xl">Add your photo to the coat wall</h1>
        <p className="mt-4 text-lg text-ink-soft">
          Giving a coat? Take a photo of yourself holding it up and send it here. Once a member of our team has had a look, it joins{" "}
          <SiteLink href="/coat-wall">the wall</SiteLink> with your first name, and nudges your friends to check their own wardrobes.
        </p>
        <ol className="mt-6 list-decimal space-y-1 pl-5 text-ink-soft">
          <li>Send the photo with a first name or nickname.</li>
          <li>Press the link in the email we send you, so we know the photo is yours.</li>
          <li>We check it (usually within a day) and email you when it’s on the wall.</li>
        </ol>
        <div className="mt-8 rounded-3xl bg-white p-6 ring-1 ring-ink/10 sm:p-10">
          <AddPhotoForm points={points.map((p) => ({ id: p.id, name: p.name }))} />
        </div>
        <p className="mt-6 text-ink-soft">
          What we keep and for how long is in our <SiteLink href="/privacy">privacy notice</SiteLink>. No coat to hand yet?{" "}
          <SiteLink href="/donation-points">Find a drop-off point</SiteLink>.
        </p>
      </div>
    </div>
  );
}
