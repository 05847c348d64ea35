import { Resend } from "resend";
import { EmailSendError, type EmailTransport, type OutgoingEmail } from "./message";

type ResendError = { statusCode: number | null; message: string; name: string } | null;

function toError(error: NonNullable<ResendError>, headers?: Record<string, string> | null): EmailSendError {
  const status = error.statusCode ?? 0;
  // statusCode null: the request never got an answer (network), worth retrying.
  const retryable = status === 0 || status === 429 || status >= 500;
  const retryAfter = Number(headers?.["retry-after"]);
  // 409 "concurrent_idempotent_requests": the same key is still being processed; try again.
  const concurrent = error.name === "concurrent_idempotent_requests";
  return new EmailSendError(
    `Resend: ${error.name}: ${error.message}`,
    retryable || concurrent,
    Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : undefined,
    status || undefined,
    error.name,
  );
}

/** Sends through Resend's API with the official SDK. `baseUrl` points it elsewhere (tests). */
export function createResendTransport(options: { apiKey: string; from: string; replyTo?: string; baseUrl?: string }): EmailTransport {
  const resend = new Resend(options.apiKey, options.baseUrl ? { baseUrl: options.baseUrl } : undefined);
  const payload = (email: OutgoingEmail) => ({
    from: options.from,
    to: [email.to],
    subject: email.subject,
    html: email.html,
    text: email.text,
    headers: email.headers,
    ...(options.replyTo ? { replyTo: options.replyTo } : {}),
  });
  return {
    name: "resend",
    async send(email) {
      const { data, error, headers } = await resend.emails.send(payload(email), { idempotencyKey: email.idempotencyKey });
      if (error || !data) throw toError(error ?? { statusCode: null, message: "no answer", name: "unknown" }, headers);
      return { id: data.id };
    },
    async sendBatch(emails, idempotencyKey) {
      if (emails.length === 0) return { ids: [] };
      if (emails.length > 100) throw new EmailSendError("A batch holds at most 100 emails", false);
      const { data, error, headers } = await resend.batch.send(emails.map(payload), { idempotencyKey });
      if (error || !data) throw toError(error ?? { statusCode: null, message: "no answer", name: "unknown" }, headers);
      return { ids: data.data.map((d) => d.id) };
    },
  };
}
