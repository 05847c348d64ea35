/** Rows read per query while an export streams. */
export const EXPORT_PAGE_SIZE = 500;

/**
 * Every row of a query, one page at a time, for as long as the export is being read: no cap and
 * no whole list in memory. `page` returns up to `take` rows after the row `after` (by id, in the
 * query's own order; from the start when undefined).
 */
export async function* rowsInPages<T extends { id: string }>(
  page: (after: string | undefined, take: number) => Promise<T[]>,
  take: number = EXPORT_PAGE_SIZE,
): AsyncGenerator<T> {
  let after: string | undefined;
  for (;;) {
    const rows = await page(after, take);
    yield* rows;
    const last = rows.at(-1);
    if (rows.length < take || !last) return;
    after = last.id;
  }
}

/** Prisma's arguments for "up to `take` rows after the row `after`". */
export function pageAfter(after: string | undefined, take: number) {
  return { take, ...(after ? { cursor: { id: after }, skip: 1 } : {}) };
}
