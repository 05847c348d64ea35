import type { Metadata } from "next";
import { CopyButton } from "@/components/share/copy-button";
import { getCampaign } from "@/lib/campaign/cached";
import { progressWidgetSnippet, widgetHeight } from "@/lib/share/progress-widget";
import { pageMetadata, siteUrl } from "@/lib/site-metadata";

export function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    title: "Show our progress on your website",
    description: "A small live counter of the coats toward our goal, with a button to donate, for your own website or blog.",
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
        Add a small counter of the coats so far to your own page: coats funded by gifts and coats handed in, toward the goal. It shows the latest figures when
        the page opens and checks again every minute while it is open, and its Donate button opens our site in a new tab. It sets no cookies and loads nothing
        from anyone else. It fits a phone screen at the size the code gives it.
      </p>

      <h2 className="mt-10 text-2xl font-semibold">How it looks</h2>
      {/* The snippet's own address, not a relative one: a copy of this page saved to a file still shows it. */}
      <iframe
        src={siteUrl("/embed/progress")}
        title={`${charityName}: coats toward the goal this winter`}
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

      <h2 className="mt-10 text-2xl font-semibold">Try it before you add it</h2>
      <ol className="mt-2 max-w-prose list-decimal space-y-2 pl-6 text-ink-soft">
        <li>Copy the code above.</li>
        <li>
          Open a plain text editor (Notepad on Windows; TextEdit on a Mac, after choosing Format, then Make Plain Text), paste the code, and save the file as{" "}
          <code className="font-mono text-ink">try-the-counter.html</code>.
        </li>
        <li>
          Open that file in your web browser (double-click it, or drag it onto a browser window). The counter appears with its Donate button; make the window
          narrow to see how it looks on a phone.
        </li>
      </ol>
      <p className="mt-3 max-w-prose text-ink-soft">
        On your own site, paste the code into the page and use its preview. If the counter stays blank there, your site may block frames from other sites: look
        for an “allow embeds” or “iframe” setting, or ask whoever runs it.
      </p>

      <h2 className="mt-10 text-2xl font-semibold">Building your own?</h2>
      <p className="mt-2 max-w-prose text-ink-soft">
        The same figures are published as JSON at {/* JSON, not a page (the rule takes the 404 catch-all for one) */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/api/progress" className="font-semibold text-ember">
          {siteUrl("/api/progress")}
        </a>{" "}
        (the goal; coats funded by gifts, coats handed in and both together; pounds raised in pence and the number of gifts). Any website may read it, and it is
        refreshed at least once a minute.
      </p>
    </div>
  );
}
