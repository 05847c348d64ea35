/**
 * Renders HTML produced by lib/markdown/render-markdown (already sanitised). Never pass it
 * anything else.
 */
export function Prose({ html, className = "" }: { html: string; className?: string }) {
  return <div className={`prose prose-lg prose-site ${className}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
