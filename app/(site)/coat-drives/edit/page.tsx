import type { Metadata } from "next";
import { SiteLink } from "@/components/site-link";
import { connection } from "next/server";
import { RequestEditLinkForm } from "@/app/(site)/coat-drives/edit/request-link-form";
import { keptAnswer } from "@/lib/forms/answer-without-script";

// An organiser without their private link (lost, or replaced): a form to have a new one emailed.
// Rendered per request and in full before sending: the form works with JavaScript switched off.
export const instant = false;

export const metadata: Metadata = { title: "Your coat drive’s private link", robots: { index: false, follow: false } };

export default function NewEditLinkPage() {
  return (
    <div className="container-page max-w-3xl py-14">
      <p className="eyebrow">Coat drives</p>
      <h1 className="mt-2 text-4xl font-semibold">Your coat drive’s private link</h1>
      <p className="mt-4 text-lg text-ink-soft">
        Running a coat drive? Your private link lets you edit its page and tell us how many coats you’ve collected. If you can’t find it, or think someone else
        has it, we’ll email you a new one; the old one stops working.
      </p>
      <Form />
      <p className="mt-8 text-ink-soft">
        Not running one yet? <SiteLink href="/coat-drives/start">Start a coat drive</SiteLink>.
      </p>
    </div>
  );
}

async function Form() {
  // Per request: the answer a post without script left is for this visitor alone.
  await connection();
  return <RequestEditLinkForm answer={await keptAnswer("coat-drive-new-link")} />;
}
