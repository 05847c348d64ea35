import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AnswerTo, answerFor, answering, UnclaimedAnswer } from "@/app/admin/kept-answer-to";
import { idleState, type FormState } from "@/lib/forms/form-state";

// A staff page with several forms keeps one answer to a post without script; each form takes it
// only when it bears its name (app/admin/kept-answer-to.tsx).

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

describe("answering", () => {
  it("stamps the answer with the name of the form that posted, beside the values the action kept", async () => {
    const action = answering(async () => ({ status: "success", message: "Marked as full for now.", values: { version: "3" } }));
    expect(await action(idleState, form({ id: "p1", answerTo: "status" }))).toEqual({
      status: "success",
      message: "Marked as full for now.",
      values: { version: "3", answerTo: "status" },
    });
  });

  it("leaves the answer of a form that names nothing as it was", async () => {
    const answer: FormState = { status: "error", message: "Refused." };
    expect(await answering(async () => answer)(idleState, form({ id: "p1" }))).toBe(answer);
  });
});

describe("answerFor", () => {
  const status: FormState = { status: "success", message: "Done.", values: { answerTo: "status" } };
  const editor: FormState = { status: "error", message: "Check.", values: { name: "" } };

  it("gives each form only its own answer, and the page's main form only an answer naming no form", () => {
    expect(answerFor(status, "status")).toBe(status);
    expect(answerFor(status, "role")).toBeUndefined();
    expect(answerFor(status)).toBeUndefined();
    expect(answerFor(editor)).toBe(editor);
    expect(answerFor(editor, "status")).toBeUndefined();
    expect(answerFor(undefined, "status")).toBeUndefined();
  });
});

describe("UnclaimedAnswer", () => {
  const render = (answer: FormState | undefined, shown: string[]) => renderToStaticMarkup(createElement(UnclaimedAnswer, { answer, shown }));

  it("says an answer whose form the page no longer shows, a refusal as an alert", () => {
    expect(render({ status: "success", message: "Rejected: the photo and its words are deleted.", values: { answerTo: "take-down-a" } }, [])).toMatch(
      /^<p role="status"[^>]*>Rejected: the photo and its words are deleted\.<\/p>$/,
    );
    expect(render({ status: "error", message: "Someone already decided this report.", values: { answerTo: "report-r" } }, ["moves"])).toMatch(
      /^<p role="alert"/,
    );
  });

  it("says nothing when the form is on the page, or the answer is the main form's", () => {
    expect(render({ status: "success", message: "Done.", values: { answerTo: "moves" } }, ["moves"])).toBe("");
    expect(render({ status: "success", message: "Saved." }, [])).toBe("");
    expect(render(undefined, [])).toBe("");
  });

  it("names its form in a hidden field", () => {
    expect(renderToStaticMarkup(createElement(AnswerTo, { name: "role" }))).toBe('<input type="hidden" name="answerTo" value="role"/>');
  });
});
