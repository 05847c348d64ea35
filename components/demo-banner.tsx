/**
 * On a site run with DEMO_MODE, the first thing on every page (public pages, the staff area, the
 * embed widget, error pages): nobody may think a gift made here is real. Rendered by the root
 * layout, so it is baked into every cached page when the site is built.
 */
export function DemoBanner({ demo }: { demo: boolean }) {
  if (!demo) return null;
  return (
    <aside aria-label="Demo site" className="bg-night px-4 py-2 text-center text-sm text-white">
      <strong className="font-semibold">Demo: no money moves.</strong> Gifts made here are tests: nobody is charged, and nothing is claimed from HMRC.
    </aside>
  );
}
