import type { FormState } from "@/lib/forms/form-state";
import { keptOutcome } from "@/lib/forms/answer-without-script";

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The body of a page an emailed link opens to ask for one press (components/forms/one-press-form.tsx):
 * reads the link's query and the answer a post without script left for the page (`answerName`,
 * the name the route's action keeps it under; outcomes not in `outcomes` are dropped), and hands
 * both to `form`. The route keeps its metadata and `instant = false` (Next reads them from the
 * page file): the whole page is rendered before anything is sent, so the form works without script.
 */
export function OnePressPage<Outcome extends string>({
  searchParams,
  answerName,
  outcomes,
  form,
}: {
  searchParams: SearchParams;
  answerName: string;
  outcomes: readonly Outcome[];
  /** The route's form, given a query parameter's value ("" when absent or repeated) and the kept answer. */
  form: (param: (name: string) => string, answer: FormState<Outcome> | undefined) => React.ReactNode;
}) {
  return (
    <div className="container-page max-w-3xl py-16">
      <Answered searchParams={searchParams} answerName={answerName} outcomes={outcomes} form={form} />
    </div>
  );
}

async function Answered<Outcome extends string>({ searchParams, answerName, outcomes, form }: Parameters<typeof OnePressPage<Outcome>>[0]) {
  const query = await searchParams;
  // A press posted without script comes back here with its answer (the link's token is spent).
  const answer = await keptOutcome(answerName, outcomes);
  return form((name) => {
    const value = query[name];
    return typeof value === "string" ? value : "";
  }, answer);
}
