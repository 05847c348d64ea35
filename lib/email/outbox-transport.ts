import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import MailComposer from "nodemailer/lib/mail-composer";
import type { EmailTransport, OutgoingEmail } from "./message";

/** A file name that is the same for the same idempotency key, so a key is written only once. */
function fileFor(dir: string, key: string): string {
  const readable = key.replace(/[^a-zA-Z0-9-]+/g, "_").slice(0, 80);
  const digest = crypto.createHash("sha256").update(key).digest("hex").slice(0, 12);
  return path.join(dir, `${readable}-${digest}.eml`);
}

/**
 * The embedded default: each email becomes an RFC 822 `.eml` file in `dir` (open it in any mail
 * program) and one log line. Writing the same idempotency key twice keeps the first file.
 */
export function createOutboxTransport(options: { dir: string; from: string; replyTo?: string; log?: (line: string) => void }): EmailTransport {
  const log = options.log ?? ((line: string) => console.log(line));

  async function write(email: OutgoingEmail): Promise<string> {
    await fs.mkdir(options.dir, { recursive: true });
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
      await fs.writeFile(file, message, { flag: "wx" });
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
