import { SiteFrame } from "@/components/site-frame";
// The error boundaries, imported for their code only: a client module a layout imports ships in
// the layout's chunk, which every public page loads anyway, where on their own each was a script
// of its own on every page, about 1.2 KB apiece with its headers (docs/performance.md, "The
// scripts"). Staff pages, outside this layout, still load app/global-error.tsx on its own.
import "./error";
import "../global-error";
// The same for the appeal video's player and the copy button: on their own they were the appeal
// page's only script (955 bytes, and its headers), and the copy button a script of its own on
// every post, drive and photo; here they cost every public page 0.6 KB, once, in a chunk it
// keeps (docs/performance.md, "One chunk for the layout").
import "@/components/video-in-place";
import "@/components/share/copy-button";

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return <SiteFrame>{children}</SiteFrame>;
}
