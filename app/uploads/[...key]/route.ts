import { connection } from "next/server";
import { currentStaff } from "@/lib/auth/current-staff";
import { WALL_IMAGE_CACHE_CONTROL, wallImageAccess } from "@/lib/coat-wall/image-access";
import { db } from "@/lib/db";
import { localUploads } from "@/lib/storage";
import { contentTypeFor, IMMUTABLE_CACHE_CONTROL } from "@/lib/storage/storage";

const notFound = () => new Response("Not found.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/**
 * Uploaded images kept on this machine (the default when no S3 bucket is configured), public like
 * the posts that show them. Only keys of the stored kinds are served, and the storage refuses any
 * key that would leave its folder. Keys are content-addressed, so browsers and CDNs keep them a year;
 * coat-wall photos are the exception (lib/coat-wall/image-access.ts): they may be deleted at any
 * time, and are shown to staff alone until approved.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  await connection();
  const files = localUploads();
  const key = (await params).key.join("/");
  const contentType = contentTypeFor(key);
  if (!files || !contentType) return notFound();
  // Coat-wall photos (issue #17): public only once approved, to staff while they wait.
  const wall = await wallImageAccess(db, key);
  if (wall === "nobody" || (wall === "staff" && !(await currentStaff()))) return notFound();
  const body = await files.read(key);
  if (!body) return notFound();
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": contentType,
      "Content-Length": String(body.byteLength),
      "Cache-Control": wall ? WALL_IMAGE_CACHE_CONTROL[wall] : IMMUTABLE_CACHE_CONTROL,
      "X-Content-Type-Options": "nosniff",
      // Nothing served from here is a document: if a browser were ever tricked into rendering one,
      // it could run nothing.
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
