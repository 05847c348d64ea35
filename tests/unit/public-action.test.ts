import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsOf } from "@/lib/forms/fields";
import { readForm } from "@/lib/forms/public-action";

function form(entries: [string, string | Blob][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe("readForm", () => {
  it("takes each field's first value, lists as lists, and leaves out Next's fields and files", () => {
    const { fields } = readForm(
      form([
        ["name", "Sam"],
        ["name", "Second"],
        ["languages", "FRENCH"],
        ["languages", "OTHER"],
        ["$ACTION_ID_abc", ""],
        ["photo", new Blob(["x"])],
      ]),
      ["languages", "unticked"],
    );
    expect(fields).toEqual({ name: "Sam", languages: ["FRENCH", "OTHER"], unticked: [] });
  });

  it("keeps what was typed to show again, whole, without the honeypot or the limit's id", () => {
    const { values } = readForm(
      form([
        ["note", "x".repeat(5_000)],
        ["languages", "FRENCH"],
        ["languages", "ARABIC"],
        ["website", "spam"],
        ["rate-limit", "donation attempts/20/600"],
      ]),
      ["languages"],
    );
    expect(values).toEqual({ note: "x".repeat(5_000), languages: "FRENCH,ARABIC" });
  });

  it("keeps every value of a list, however many, for the schema to judge (nothing dropped unsaid)", () => {
    const many = Array.from({ length: 60 }, (_, i) => ["languages", i === 59 ? "NOT_A_LANGUAGE" : "FRENCH"] as [string, string]);
    const { fields } = readForm(form(many), ["languages"]);
    expect(fields.languages).toHaveLength(60);
    expect((fields.languages as string[]).at(-1)).toBe("NOT_A_LANGUAGE");
  });
});

describe("fieldErrorsOf", () => {
  it("gives the first message for each field, by name", () => {
    const result = z
      .object({ email: z.string().min(1, "Enter it").email("Not an address"), name: z.string().min(1, "Name") })
      .safeParse({ email: "", name: "" });
    if (result.success) throw new Error("expected a refusal");
    expect(fieldErrorsOf(result.error)).toEqual({ email: "Enter it", name: "Name" });
  });
});
