// Where a payment problem's "Mark resolved" answers a post without script: the page it was on,
// the problems list or the donation's own page (lib/forms/kept-answers.ts), and the name its form
// takes the answer by (app/admin/kept-answer-to.tsx). A plain module: the action, the form and
// both pages read it.

export const PROBLEMS_PAGE = "/admin/donations/problems";
export const donationPage = (donationId: string) => `/admin/donations/${encodeURIComponent(donationId)}`;
export const problemForm = (problemId: string) => `problem-${problemId}`;

/** The page a form says it was on; only these two, whatever was sent. */
export function problemAnswerPage(form: FormData): string {
  const donationId = form.get("donationId");
  return form.get("shownOn") === "donation" && typeof donationId === "string" && donationId ? donationPage(donationId) : PROBLEMS_PAGE;
}
