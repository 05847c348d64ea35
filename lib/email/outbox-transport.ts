import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import MailComposer from "nodemailer/lib/mail-composer";
import type { EmailTransport, OutgoingEmail } from "./message";

/**
 * A file name that is the same for the same idempotency key, so a key is written only once. It
 * shows the key's kind (its first part, e.g. "receipt") and a hash of the rest, never the rest:
 * file names end up in logs and listings, where nothing secret belongs.
 */
function fileFor(dir: string, key: string): string {
  const kind = (key.split("/")[0] ?? "").replace(/[^a-zA-Z0-9-]+/g, "_").slice(0, 40) || "email";
  const digest = crypto.createHash("sha256").update(key).digest("hex").slice(0, 32);
  return path.join(dir, `${kind}-${digest}.eml`);
}

/**
 * The embedded default: each email becomes an RFC 822 `.eml` file in `dir` (open it in any mail
 * program) and one log line. Writing the same idempotency key twice keeps the first file. Emails
 * hold links that act for their recipient (sign-in, unsubscribe, manage a gift), so the folder is
 * the owner's alone (0700) and so is each file (0600).
 */
export function createOutboxTransport(options: { dir: string; from: string; replyTo?: string; log?: (line: string) => void }): EmailTransport {
  const log = options.log ?? ((line: string) => console.log(line));

  async function write(email: OutgoingEmail): Promise<string> {
    await fs.mkdir(options.dir, { recursive: true, mode: 0o700 });
    await fs.chmod(options.dir, 0o700); // a folder made by an earlier version was readable by all
    const file = fileFor(options.dir, email.idempotencyKey);
    const id = path.basename(file, ".eml");
    const message = await new MailComposer({
      from: options.from,
      to: email.to,
      replyTo: options.replyTo,
      subject: email.subject,
      html: email.html,
      text: email.text,
      headers: { ...email.headers, "X-Idempotency-Key": email.idempotencyKey },
      messageId: `<${id}@outbox.local>`,
    })
      .compile()
      .build();
    try {
      await fs.writeFile(file, message, { flag: "wx", mode: 0o600 });
      log(`[outbox] ${email.to} · ${email.subject} → ${path.relative(process.cwd(), file)}`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    return id;
  }

  return {
    name: "outbox",
    async send(email) {
      return { id: await write(email) };
    },
    async sendBatch(emails) {
      const ids: string[] = [];
      for (const email of emails) ids.push(await write(email));
      return { ids };
    },
  };
}
