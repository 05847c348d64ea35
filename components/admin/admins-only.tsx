/** What an editor sees on a page only admins may use. */
export function AdminsOnly({ reason }: { reason: string }) {
  return (
    <div role="alert">
      <h1 className="text-4xl font-semibold">Admins only</h1>
      <p className="mt-4 text-lg text-ink-soft">{reason}</p>
    </div>
  );
}
