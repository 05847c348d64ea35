/**
 * Renders HTML produced by lib/markdown/render-markdown (already sanitised). Never pass it
 * anything else.
 */
export function Prose({ html, className = "" }: { html: string; className?: string }) {
  return (
    <div
      className={`prose prose-lg max-w-prose prose-headings:font-serif prose-a:text-ember prose-a:decoration-2 prose-strong:text-ink ${className}`}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
