// The names a drive's page gives its one-button forms, so each takes only its own kept answer
// (app/admin/kept-answer-to.tsx). A plain module: the page and the forms both read it.

/** The status buttons. */
export const MOVES_FORM = "moves";
/** One report's decision. */
export const reportForm = (reportId: string) => `report-${reportId}`;
