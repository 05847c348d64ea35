import { formatUkDate } from "@/lib/format/date";
import { formatCount, formatPence } from "@/lib/format/money";
import { scheduleRanges } from "@/lib/gift-aid/claim-schedule";
import { HMRC_ROWS_PER_SCHEDULE } from "@/lib/gift-aid/hmrc-schedule";

/** HMRC's page with its schedule spreadsheet (for Excel and for LibreOffice) and how to fill it in. */
export const HMRC_SCHEDULE_GUIDANCE = "https://www.gov.uk/guidance/schedule-spreadsheet-to-claim-back-tax-on-gift-aid-donations";
/** Where a charity signs in to Charities Online to make the claim. */
export const CHARITIES_ONLINE = "https://www.gov.uk/claim-gift-aid-online";

type Claim = { id: string; createdAt: Date; donationCount: number; totalPence: number; adjustmentPence: number };

/**
 * Every claim with its schedules (HMRC takes at most 1,000 rows in one, so a longer claim comes
 * as several, each with its rows), and how a schedule goes into HMRC's own spreadsheet.
 */
export function ClaimSchedules({
  claims,
  total = claims.length,
  first = 1,
  pages,
}: {
  claims: Claim[];
  total?: number;
  first?: number;
  pages?: React.ReactNode;
}) {
  return (
    <>
      <section aria-labelledby="claims">
        <h2 id="claims" className="text-2xl font-semibold">
          Claims
        </h2>
        {total > claims.length ? (
          <p className="mt-1 text-ink-soft">
            Claims {formatCount(first)} to {formatCount(first + claims.length - 1)} of {formatCount(total)}, newest first: the pages below list the others.
          </p>
        ) : null}
        {claims.length ? (
          <ul className="mt-3 space-y-4">
            {claims.map((c) => {
              const ranges = scheduleRanges(c.donationCount);
              return (
                <li key={c.id}>
                  <p>
                    {formatUkDate(c.createdAt)}: {formatCount(c.donationCount)} donations, {formatPence(c.totalPence)}
                    {c.adjustmentPence ? `, less ${formatPence(c.adjustmentPence)} of Gift Aid repaid for earlier refunds (an adjustment on this claim)` : ""}
                    {ranges.length > 1 ? `, in ${ranges.length} schedules of up to ${formatCount(HMRC_ROWS_PER_SCHEDULE)} rows` : ""}
                  </p>
                  <ul className="mt-1 list-disc space-y-1 pl-5">
                    {ranges.map((r) => (
                      <li key={r.number}>
                        <a href={`/admin/gift-aid/claims/${c.id}?schedule=${r.number}`}>
                          HMRC schedule {r.number} of {r.of}: rows {formatCount(r.firstRow)} to {formatCount(r.lastRow)} (CSV)
                        </a>
                      </li>
                    ))}
                  </ul>
                  {c.adjustmentPence ? (
                    <p className="mt-1">
                      Gift Aid to repay: enter <strong>{formatPence(c.adjustmentPence)}</strong> as Gift Aid previously over-claimed, in the box above
                      HMRC&rsquo;s table{ranges.length > 1 ? " of schedule 1 only" : ""}. It is one figure for the claim, not a row: the schedule files list
                      only the donations claimed now.
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="mt-3 text-ink-soft">No claims yet.</p>
        )}
        {pages}
      </section>
      <section aria-labelledby="into-hmrc" className="rounded-3xl bg-white p-6 ring-1 ring-ink/10">
        <h2 id="into-hmrc" className="text-2xl font-semibold">
          Putting a schedule into HMRC&rsquo;s spreadsheet
        </h2>
        <p className="mt-2 text-ink-soft">
          HMRC only accepts its own schedule spreadsheet, with at most {formatCount(HMRC_ROWS_PER_SCHEDULE)} donations in each. Our files are already in its
          layout and follow its rules (names, postcodes, dates, amounts): you copy the rows across, one schedule into one fresh copy of HMRC&rsquo;s
          spreadsheet.
        </p>
        <ol className="mt-3 list-decimal space-y-2 pl-5">
          <li>
            Download HMRC&rsquo;s Gift Aid schedule spreadsheet from <a href={HMRC_SCHEDULE_GUIDANCE}>HMRC&rsquo;s schedule spreadsheet guidance</a>, in the
            version for your program (Excel or LibreOffice).
          </li>
          <li>
            Open one of our schedule files in the same program. If it asks how to read the file, choose comma-separated and the language English (UK), so dates
            are read day first.
          </li>
          <li>Select the donation rows: from the row under the headings down to the last row, across all nine columns. Copy them (not the headings).</li>
          <li>
            In a fresh copy of HMRC&rsquo;s spreadsheet, click the Title cell of the first empty row under its headings and paste values only (Excel: Paste
            Special, then Values; LibreOffice: Paste Special, then Values Only). Pasting formatting too makes HMRC&rsquo;s checks fail.
          </li>
          <li>
            Fill in the boxes above HMRC&rsquo;s table: the earliest donation date is the date in the first row, as rows are in date order. If the claim lists
            Gift Aid to repay for gifts refunded after an earlier claim, enter that amount as Gift Aid previously over-claimed, on one schedule only (the
            first).
          </li>
          <li>Save it in OpenDocument format (.ods), without changing its layout or its sheet&rsquo;s name, one file per schedule.</li>
          <li>
            Sign in to <a href={CHARITIES_ONLINE}>Charities Online</a>, make a claim and attach the file. A claim takes one schedule: send a claim for each
            schedule.
          </li>
        </ol>
      </section>
    </>
  );
}
