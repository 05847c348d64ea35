import { SiteFrame } from "@/components/site-frame";
// The error boundaries, imported for their code only: a client module a layout imports ships in
// the layout's chunk, which every public page loads anyway, where on their own each was a script
// of its own on every page, about 1.2 KB apiece with its headers (docs/performance.md, "The
// scripts"). Staff pages, outside this layout, still load app/global-error.tsx on its own.
import "./error";
import "../global-error";

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return <SiteFrame>{children}</SiteFrame>;
}
