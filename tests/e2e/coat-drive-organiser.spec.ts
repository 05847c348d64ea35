// The organiser's private page without script (issue #15), in the "drives" phase: a refused edit
// comes back with every value whole, a story of thousands of characters included, kept in the
// database under a key only this browser holds (lib/forms/public-answers.ts), and a save then
// goes through. Another browser on the same address sees the drive, never what was typed.
import crypto from "node:crypto";
import { expect, test } from "@playwright/test";
import { contextFrom, freshAddress } from "./client-address";
import { query } from "./support";

test.describe.configure({ mode: "default" });

/** A drive awaiting approval, with a private edit link: the token, as its email would carry it. */
async function driveWithEditLink(stamp: string): Promise<{ id: string; token: string }> {
  const id = `drive-organiser-${stamp}`;
  const token = crypto.randomBytes(32).toString("base64url"); // 43 characters, as the site's are
  await query(
    `INSERT INTO "CoatDrive" (id, slug, name, kind, "goalCoats", story, status, "organiserName", "organiserEmail", "editTokenHash", "confirmedAt", "updatedAt")
     VALUES ($1, $2, $3, 'SCHOOL', 30, $4, 'PENDING_APPROVAL', 'Jo Head', $5, $6, now(), now())`,
    [
      id,
      `organiser-${stamp}`,
      `Organiser’s drive ${stamp}`,
      "Our pupils are collecting coats all December.",
      `organiser-${stamp}@example.org`,
      crypto.createHash("sha256").update(token).digest("hex"),
    ],
  );
  return { id, token };
}

/** A story of exactly `length` characters of ordinary sentences on one line, ending in `last`. */
function storyOf(length: number, last: string): string {
  const sentences = "Every coat we collect keeps someone warm through the winter. ".repeat(Math.ceil(length / 60));
  return sentences.slice(0, length - last.length) + last;
}

test("without script, a refused edit keeps a long story whole, and the save then goes through", async ({ browser }) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  const { id, token } = await driveWithEditLink(stamp);
  const address = freshAddress();
  const organiser = await contextFrom(browser, address, { javaScriptEnabled: false });
  const page = await organiser.newPage();
  await page.goto(`/coat-drives/edit/${token}`);
  const form = page.locator("form", { has: page.getByRole("button", { name: "Save changes" }) });
  const story = form.getByLabel("Your story");

  // Over the 3,000 characters a story takes: refused beside it, and every character comes back.
  const tooLong = storyOf(3_400, " THE END OF A LONG STORY.");
  await form.getByLabel("The drive’s name").fill(`St Mary’s coats ${stamp}`);
  await story.fill(tooLong);
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(new RegExp(`/coat-drives/edit/${token}#edit-heading$`));
  await expect(form.getByRole("alert")).toContainText("There’s a problem with your changes");
  await expect(form.getByRole("link", { name: "Please keep the story to 3,000 characters" })).toHaveAttribute("href", "#own-story");
  await expect(story).toHaveAttribute("aria-invalid", "true");
  await expect(story).toHaveValue(tooLong);
  await expect(form.getByLabel("The drive’s name")).toHaveValue(`St Mary’s coats ${stamp}`);

  // The browser holds only a key to the answer, for this page alone; the address holds nothing.
  const cookies = (await organiser.cookies()).filter((c) => c.name === "form-answer-coat-drive-edit");
  expect(cookies).toHaveLength(1);
  expect(cookies[0]).toMatchObject({ path: `/coat-drives/edit/${token}`, httpOnly: true, sameSite: "Lax" });
  expect(cookies[0]?.value).toMatch(/^[A-Za-z0-9_-]{24}$/);
  const [kept] = await query<{ story: string }>(`SELECT state->'values'->>'story' AS story FROM "KeptPublicAnswer" WHERE id = $1`, [cookies[0]?.value]);
  expect(kept?.story).toBe(tooLong);
  expect(
    (await query<{ token: string | null }>(`SELECT state->'values'->>'token' AS token FROM "KeptPublicAnswer" WHERE id = $1`, [cookies[0]?.value]))[0]?.token,
  ).toBeNull();

  // Another browser on the same connection opening the same link sees the drive as saved.
  const stranger = await contextFrom(browser, address, { javaScriptEnabled: false });
  const other = await stranger.newPage();
  await other.goto(`/coat-drives/edit/${token}`);
  await expect(other.getByLabel("Your story")).toHaveValue("Our pupils are collecting coats all December.");
  await expect(other.getByText("There’s a problem with your changes")).toHaveCount(0);
  await stranger.close();

  // Within the limit but with a goal below the least: the long story still comes back whole.
  const longest = storyOf(3_000, " STILL THE WHOLE STORY.");
  await story.fill(longest);
  await form.getByLabel("Goal, in coats").fill("3");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(form.getByRole("link", { name: /Enter a whole number of coats from 5/ })).toBeVisible();
  await expect(story).toHaveValue(longest);
  expect((await query<{ story: string }>(`SELECT story FROM "CoatDrive" WHERE id = $1`, [id]))[0]?.story).toBe("Our pupils are collecting coats all December.");

  // Corrected, it saves, and the form shows what was saved.
  await form.getByLabel("Goal, in coats").fill("40");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(form.getByRole("status")).toHaveText("Saved. Visitors see your changes now.");
  await expect(story).toHaveValue(longest);
  await expect(form.getByLabel("Goal, in coats")).toHaveValue("40");
  const [saved] = await query<{ story: string; goalCoats: number; name: string }>(`SELECT story, "goalCoats", name FROM "CoatDrive" WHERE id = $1`, [id]);
  expect(saved).toEqual({ story: longest, goalCoats: 40, name: `St Mary’s coats ${stamp}` });
  await organiser.close();
});
