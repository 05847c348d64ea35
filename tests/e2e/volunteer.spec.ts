import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectAccessible, outboxFor, query } from "./support";

// Runs beside the read-only tests: it only adds applications under addresses of its own.

/** A calendar day `days` from today, as a date input takes it. */
const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const unique = (label: string) => `volunteer-${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.org`;

function applyForm(page: Page): Locator {
  return page.locator("#apply");
}

async function fillApplication(form: Locator, email: string) {
  await form.getByLabel("Your name").fill("Leila Ahmadi");
  await form.getByLabel("Email address").fill(email);
  await form.getByLabel("Phone number (optional)").fill("+44 7700 900123");
  await form.getByRole("radio", { name: /^Calais/ }).check();
  await form.getByLabel("First day you could start").fill(day(20));
  await form.getByLabel("Last day you could help").fill(day(27));
  await form.getByRole("checkbox", { name: "Farsi" }).check();
  await form.getByRole("checkbox", { name: "Another language" }).check();
  await form.getByLabel("Which other languages?").fill("Dari");
  await form.getByRole("group", { name: "Do you have a full driving licence?" }).getByRole("radio", { name: "Yes" }).check();
  await form.getByRole("group", { name: "Could you drive a van?" }).getByRole("radio", { name: "Yes" }).check();
  await form.getByLabel("Anything else we should know? (optional)").fill("Nurse; first aid trained.");
  await form.getByRole("checkbox", { name: "I confirm I am 18 or over" }).check();
}

test.describe("volunteering", () => {
  test("the page explains the roles and passes axe", async ({ page }) => {
    await page.goto("/volunteer");
    await expect(page.getByRole("heading", { level: 1, name: "Come and help in person" })).toBeVisible();
    for (const heading of ["Six ways to give your time", "What to expect", "Keeping everyone safe", "Apply to volunteer"]) {
      await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
    }
    // "Another language" and the van question open only when they apply.
    await expect(applyForm(page).getByLabel("Which other languages?")).toBeHidden();
    await expect(applyForm(page).getByRole("group", { name: "Could you drive a van?" })).toBeHidden();
    await expectAccessible(page);
  });

  test("an application is saved, answered in place, and acknowledged by email", async ({ page }) => {
    const email = unique("js");
    await page.goto("/volunteer");
    const form = applyForm(page);
    await fillApplication(form, email.toUpperCase());
    await form.getByRole("button", { name: "Send my application" }).click();
    await expect(form.getByRole("heading", { name: "Thank you: your application is with us" })).toBeVisible();
    await expect(form.getByRole("status")).toBeFocused();

    const [row] = await query<{ place: string; languages: string; otherLanguages: string; canDriveVan: boolean; phone: string; status: string }>(
      `SELECT place, languages::text, "otherLanguages", "canDriveVan", phone, status FROM "VolunteerApplication" WHERE email = $1`,
      [email],
    );
    expect(row).toEqual({ place: "CALAIS", languages: "{FARSI,OTHER}", otherLanguages: "Dari", canDriveVan: true, phone: "+44 7700 900123", status: "NEW" });

    await expect.poll(async () => (await outboxFor(email)).length, { timeout: 20_000 }).toBe(1);
    const [ack] = await outboxFor(email);
    expect(ack).toContain("Thank you for offering to volunteer");
    expect(ack).toContain("Calais");
    expect(ack).toContain("What happens next");
    // Sent to an address nobody has confirmed: none of the applicant's own words.
    expect(ack).not.toContain("Leila");
    expect(ack).not.toContain("Dari");
    expect(ack).not.toContain("7700 900123");
    expect(ack).not.toContain("Nurse");
  });

  test("a bad application gets messages beside the fields, keeps everything, and writes nothing", async ({ page }) => {
    const email = unique("bad");
    await page.goto("/volunteer");
    const form = applyForm(page);
    await form.getByLabel("Your name").fill("Tom Baker");
    await form.getByLabel("Email address").fill(`${email}@`);
    await form.getByLabel("Phone number (optional)").fill("call me");
    await form.getByRole("radio", { name: /^Brussels/ }).check();
    await form.getByLabel("First day you could start").fill(day(-2));
    await form.getByLabel("Last day you could help").fill(day(5));
    await form.getByRole("checkbox", { name: "Kurdish" }).check();
    await form.getByRole("checkbox", { name: "Another language" }).check();
    await form.getByRole("group", { name: "Do you have a full driving licence?" }).getByRole("radio", { name: "Yes" }).check();
    await form.getByLabel("Anything else we should know? (optional)").fill("Weekends only, please.");
    await form.getByRole("button", { name: "Send my application" }).click();

    const summary = form.getByRole("alert");
    await expect(summary).toContainText("There’s a problem with your application");
    await expect(summary).toBeFocused();
    const messages: [string, string][] = [
      ["Email address", "Enter an email address in the form name@example.org"],
      ["Phone number (optional)", "Enter a phone number using digits"],
      ["First day you could start", "The first day can’t be in the past"],
      ["Which other languages?", "Tell us which other languages you speak"],
    ];
    for (const [label, message] of messages) {
      const field = form.getByLabel(label);
      await expect(field).toHaveAttribute("aria-invalid", "true");
      await expect(field).toHaveAccessibleDescription(new RegExp(message));
    }
    await expect(form.getByRole("group", { name: "Could you drive a van?" })).toHaveAccessibleDescription(/Tell us whether you could drive a van/);
    await expect(form.getByRole("checkbox", { name: "I confirm I am 18 or over" })).toHaveAccessibleDescription(/18 or over/);

    // Everything typed, ticked and chosen is still there.
    await expect(form.getByLabel("Your name")).toHaveValue("Tom Baker");
    await expect(form.getByLabel("Email address")).toHaveValue(`${email}@`);
    await expect(form.getByLabel("Phone number (optional)")).toHaveValue("call me");
    await expect(form.getByRole("radio", { name: /^Brussels/ })).toBeChecked();
    await expect(form.getByLabel("First day you could start")).toHaveValue(day(-2));
    await expect(form.getByLabel("Last day you could help")).toHaveValue(day(5));
    await expect(form.getByRole("checkbox", { name: "Kurdish" })).toBeChecked();
    await expect(form.getByRole("checkbox", { name: "Another language" })).toBeChecked();
    await expect(form.getByRole("checkbox", { name: "Farsi" })).not.toBeChecked();
    await expect(form.getByRole("group", { name: "Do you have a full driving licence?" }).getByRole("radio", { name: "Yes" })).toBeChecked();
    await expect(form.getByLabel("Anything else we should know? (optional)")).toHaveValue("Weekends only, please.");
    await expectAccessible(page);
    expect(await query(`SELECT 1 FROM "VolunteerApplication" WHERE email LIKE $1`, [`${email}%`])).toHaveLength(0);

    // Corrected, it goes through.
    await form.getByLabel("Email address").fill(email);
    await form.getByLabel("Phone number (optional)").fill("");
    await form.getByLabel("First day you could start").fill(day(1));
    await form.getByLabel("Which other languages?").fill("Dutch");
    await form.getByRole("group", { name: "Could you drive a van?" }).getByRole("radio", { name: "No" }).check();
    await form.getByRole("checkbox", { name: "I confirm I am 18 or over" }).check();
    await form.getByRole("button", { name: "Send my application" }).click();
    await expect(form.getByRole("heading", { name: "Thank you: your application is with us" })).toBeVisible();
    expect(await query(`SELECT 1 FROM "VolunteerApplication" WHERE email = $1`, [email])).toHaveLength(1);
  });
});

test.describe("volunteering without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form works as a plain post, errors and kept choices included", async ({ page }) => {
    const email = unique("no-js");
    await page.goto("/volunteer");
    let form = applyForm(page);
    await fillApplication(form, email);
    await form.getByRole("checkbox", { name: "I confirm I am 18 or over" }).uncheck();
    await form.getByRole("button", { name: "Send my application" }).click();

    form = applyForm(page);
    await expect(form.getByText("Please confirm you are 18 or over").first()).toBeVisible();
    await expect(form.getByRole("radio", { name: /^Calais/ })).toBeChecked();
    await expect(form.getByRole("checkbox", { name: "Farsi" })).toBeChecked();
    await expect(form.getByRole("checkbox", { name: "Another language" })).toBeChecked();
    await expect(form.getByLabel("Which other languages?")).toHaveValue("Dari");
    await expect(form.getByRole("group", { name: "Could you drive a van?" }).getByRole("radio", { name: "Yes" })).toBeChecked();
    await expect(form.getByLabel("Email address")).toHaveValue(email);
    expect(await query(`SELECT 1 FROM "VolunteerApplication" WHERE email = $1`, [email])).toHaveLength(0);

    await form.getByRole("checkbox", { name: "I confirm I am 18 or over" }).check();
    await form.getByRole("button", { name: "Send my application" }).click();
    await expect(applyForm(page).getByRole("heading", { name: "Thank you: your application is with us" })).toBeVisible();
    expect(await query(`SELECT 1 FROM "VolunteerApplication" WHERE email = $1`, [email])).toHaveLength(1);
    await expect.poll(async () => (await outboxFor(email)).length, { timeout: 20_000 }).toBe(1);
  });
});
