import Link from "next/link";
import type { AuditSentence as Sentence } from "@/lib/audit/describe-audit";

/**
 * One audit entry as a sentence, linking to what it is about while that still exists; changes too
 * long for a sentence (a page's text) follow in a disclosure, before and after.
 */
export function AuditSentence({ sentence }: { sentence: Sentence }) {
  return (
    <>
      <span>
        {sentence.parts.map((part, i) =>
          typeof part === "string" ? (
            part
          ) : (
            <Link key={i} href={part.href}>
              {part.text}
            </Link>
          ),
        )}
      </span>
      {sentence.long.map((change, i) => (
        <details key={i} className="mt-2">
          <summary className="cursor-pointer font-semibold">{change.label}: before and after</summary>
          <div className="mt-2 grid gap-3 md:grid-cols-2">
            <div>
              <p className="text-sm font-semibold text-ink-muted">Before</p>
              <p className="mt-1 rounded-xl bg-paper p-3 text-sm break-words whitespace-pre-wrap">{change.from || "(empty)"}</p>
            </div>
            <div>
              <p className="text-sm font-semibold text-ink-muted">After</p>
              <p className="mt-1 rounded-xl bg-paper p-3 text-sm break-words whitespace-pre-wrap">{change.to || "(empty)"}</p>
            </div>
          </div>
        </details>
      ))}
    </>
  );
}
