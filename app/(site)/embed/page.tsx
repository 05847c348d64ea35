import type { Metadata } from "next";
import { CopyButton } from "@/components/share/copy-button";
import { getCampaign } from "@/lib/campaign/cached";
import { progressWidgetSnippet, widgetHeight } from "@/lib/embed/progress-widget";
import { pageMetadata, siteUrl } from "@/lib/site-metadata";

export function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    title: "Show our progress on your website",
    description: "A small live counter of coats funded, with a button to donate, for your own website or blog.",
    path: "/embed",
  });
}

export default async function EmbedInstructionsPage() {
  const campaign = await getCampaign();
  const charityName = campaign?.charityName ?? "Winter appeal";
  const snippet = progressWidgetSnippet(charityName);

  return (
    <div className="container-page max-w-3xl py-14">
      <p className="eyebrow">For schools, churches, workplaces and blogs</p>
      <h1 className="mt-2 text-4xl font-semibold sm:text-5xl">Show our progress on your website</h1>
      <p className="mt-4 max-w-prose text-lg text-ink-soft">
        Add a small counter of the coats funded so far to your own page. It updates by itself as gifts come in, and its
        Donate button opens our site in a new tab. It sets no cookies and loads nothing from anyone else.
      </p>

      <h2 className="mt-10 text-2xl font-semibold">How it looks</h2>
      <iframe
        src="/embed/progress"
        title={`${charityName}: coats funded this winter`}
        height={widgetHeight}
        className="mt-4 w-full max-w-[480px] rounded-2xl border-0 ring-1 ring-ink/10"
      />

      <h2 className="mt-10 text-2xl font-semibold">Add it to your page</h2>
      <p className="mt-2 max-w-prose text-ink-soft">
        Paste this code where you want the counter to appear. Most website builders take it in an “HTML” or “embed” block.
      </p>
      <label htmlFor="widget-code" className="mt-4 block font-semibold text-ink">
        Code to copy
      </label>
      <textarea
        id="widget-code"
        readOnly
        rows={4}
        value={snippet}
        className="mt-1 w-full rounded-xl border border-ink/40 bg-white p-3 font-mono text-sm text-ink"
      />
      <div className="mt-3">
        <CopyButton value={snippet} label="Copy the code" copied="Code copied" fieldLabel="The code, ready to copy" />
      </div>

      <h2 className="mt-10 text-2xl font-semibold">Building your own?</h2>
      <p className="mt-2 max-w-prose text-ink-soft">
        The same figures are published as JSON at{" "}
        <a href="/api/progress" className="font-semibold text-ember">
          {siteUrl("/api/progress")}
        </a>{" "}
        (the goal, coats funded, pounds raised in pence and the number of gifts). Any website may read it, and it is
        refreshed at least once a minute.
      </p>
    </div>
  );
}
