import { createElement, Fragment } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FieldError, useFormKit } from "@/components/forms/form-kit-core";
import { ProblemSummary } from "@/components/forms/problem-summary";
import type { FormState } from "@/lib/forms/form-state";

// What the browser finds before posting (a photo too large) is said by the kit's own parts, in
// place of the server's answer: kit.error, kit.aria, FieldError and ProblemSummary. A state set
// while rendering is applied before the markup is written, so the server renderer shows the
// form as it is once the browser has said its word.

const action = async (previous: FormState) => previous;
const refused: FormState = {
  status: "error",
  message: "Please check the highlighted answers.",
  fieldErrors: { photo: "The server’s problem", name: "Give it a name" },
};

/** A form with two fields, a summary and each field's problem; `found` is what the browser says of the photo. */
function Form({ answer, found }: { answer?: FormState; found?: string }) {
  const [kit] = useFormKit(action, { answer, idPrefix: "t" });
  // Said once (React's pattern for adjusting state while rendering): the key is there after.
  if (found !== undefined && !("photo" in kit.found)) kit.setFound("photo", found);
  return createElement(
    Fragment,
    null,
    createElement(ProblemSummary, { kit, id: "t-problem", fields: ["photo", "name"], title: "There’s a problem", failedTitle: "Not sent" }),
    createElement("input", { id: kit.id("photo"), type: "file", ...kit.aria("photo", "t-photo-hint") }),
    createElement(FieldError, { kit, name: "photo" }),
    createElement("input", { id: kit.id("name"), ...kit.aria("name") }),
    createElement(FieldError, { kit, name: "name" }),
    createElement("output", null, kit.found.photo === undefined ? "nothing found" : `found: ${kit.found.photo}`),
  );
}

const render = (props: { answer?: FormState; found?: string }) => renderToStaticMarkup(createElement(Form, props));
const photoInput = (html: string) => html.match(/<input id="t-photo"[^>]*>/)?.[0] ?? "";

describe("the form kit: problems the browser finds before posting", () => {
  it("says the browser's problem beside its field, describes the field by it and marks it invalid, before any answer", () => {
    const html = render({ found: "That photo is too large." });
    expect(html).toContain('<p id="t-photo-error" class="mt-1 font-semibold text-ember-dark"><span class="sr-only">Error: </span>That photo is too large.</p>');
    expect(photoInput(html)).toContain('aria-describedby="t-photo-hint t-photo-error"');
    expect(photoInput(html)).toContain('aria-invalid="true"');
    expect(html).toContain("found: That photo is too large.");
    // No answer yet: no summary, and the other field is untouched.
    expect(html).not.toContain("t-problem");
    expect(html).not.toContain("t-name-error");
  });

  it("says the browser's problem in place of the server's, beside the field and in the summary", () => {
    const html = render({ answer: refused, found: "That photo is too large." });
    expect(html).toContain("That photo is too large.</p>");
    expect(html).not.toContain("The server’s problem");
    expect(html).toContain('<a href="#t-photo" class="font-semibold text-ember-dark">That photo is too large.</a>');
    // The server's other problems stand.
    expect(html).toContain('<a href="#t-name" class="font-semibold text-ember-dark">Give it a name</a>');
    expect(html).toContain('id="t-name-error"');
  });

  it("leaves the server's problem to speak when the browser has found nothing", () => {
    const html = render({ answer: refused });
    expect(html).toContain('<span class="sr-only">Error: </span>The server’s problem</p>');
    expect(photoInput(html)).toContain('aria-describedby="t-photo-hint t-photo-error"');
    expect(photoInput(html)).toContain('aria-invalid="true"');
    expect(html).toContain("nothing found");
  });

  it('drops the server\'s problem with a field the browser has found right since ("")', () => {
    const html = render({ answer: refused, found: "" });
    expect(html).not.toContain("The server’s problem");
    expect(html).not.toContain("t-photo-error");
    expect(photoInput(html)).toContain('aria-describedby="t-photo-hint"');
    expect(photoInput(html)).not.toContain("aria-invalid");
    // The summary lists what is still wrong.
    expect(html).toContain(">Give it a name</a>");
  });
});
