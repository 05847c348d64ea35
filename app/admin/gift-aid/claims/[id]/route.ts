import { staffOrRefusal } from "@/lib/auth/staff-route";
import { csvDownload } from "@/lib/csv/spreadsheet-csv";
import { db } from "@/lib/db";
import { formatCount } from "@/lib/format/money";
import { claimScheduleRanges } from "@/lib/gift-aid/claim-schedule";
import { exportGiftAidScheduleCsv } from "@/lib/gift-aid/export-gift-aid-schedule-csv";
import { HMRC_ROWS_PER_SCHEDULE } from "@/lib/gift-aid/hmrc-schedule";
import { StaffRole } from "@/lib/generated/prisma/enums";

const text = (body: string, status: number) =>
  new Response(`${body}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/**
 * One schedule of a claim batch in HMRC's Gift Aid schedule layout: ?schedule=N, N from 1. A claim
 * of up to 1,000 donations is one schedule, also served without ?schedule; a longer one is
 * refused without it (never one file cut at HMRC's limit). Admins only, checked here.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { staff, refusal } = await staffOrRefusal(StaffRole.ADMIN);
  if (refusal) return refusal;
  const { id } = await params;
  if (id.length > 64) return text("No such claim.", 404);
  const asked = new URL(request.url).searchParams.get("schedule");
  let number = 1;
  if (asked !== null) {
    if (!/^[1-9][0-9]{0,5}$/.test(asked)) return text("No such schedule.", 404);
    number = Number(asked);
  } else {
    const ranges = await claimScheduleRanges(db, id);
    if (ranges.length === 0) return text("No such claim.", 404);
    if (ranges.length > 1) {
      return text(
        `This claim has ${formatCount(ranges.at(-1)?.lastRow ?? 0)} donations, more than HMRC's ${formatCount(HMRC_ROWS_PER_SCHEDULE)} rows per schedule, so it comes as ${ranges.length} schedules: download each one from /admin/gift-aid.`,
        409,
      );
    }
  }
  const file = await exportGiftAidScheduleCsv(db, staff.id, id, number);
  if (!file) return text(asked === null ? "No such claim." : "No such claim, or no such schedule of it.", 404);
  const { range } = file;
  return csvDownload(`gift-aid-claim-${id}-schedule-${range.number}-of-${range.of}.csv`, file.data);
}
