import type { Metadata } from "next";
import { StartDriveForm } from "@/app/(site)/coat-drives/start/start-form";
import { pageMetadata } from "@/lib/site-metadata";

// Rendered in full before anything is sent (no streaming behind <Suspense>): its form must work
// with JavaScript switched off, and streamed content is only revealed by script.
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    title: "Start a coat drive",
    description: "Run a coat drive for the winter appeal at your school, workplace, faith group or street, with your own page, goal and progress.",
    path: "/coat-drives/start",
  });
}

export default function StartDrivePage() {
  return (
    <div className="container-page py-14">
      <div className="mx-auto max-w-3xl">
        <p className="eyebrow">Coat drives</p>
        <h1 className="mt-2 text-4xl font-semibold sm:text-5xl">Start a coat drive</h1>
        <p className="mt-4 text-lg text-ink-soft">
          Schools, offices, faith groups and streets already collect coats for the appeal. Give yours a page of its own: a goal in coats, your story, and a
          progress bar that counts both the coats you collect and the coats bought with gifts through your page.
        </p>
        <ol className="mt-6 list-decimal space-y-1 pl-5 text-ink-soft">
          <li>Tell us about your drive below.</li>
          <li>Confirm your email address from the link we send you.</li>
          <li>Our team checks the drive and puts it live, usually within two working days.</li>
        </ol>
        <div id="start" className="mt-10 scroll-mt-4 rounded-3xl bg-white p-6 ring-1 ring-ink/10 sm:p-10">
          <StartDriveForm />
        </div>
      </div>
    </div>
  );
}
