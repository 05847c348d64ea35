import { notFound } from "next/navigation";
import { Suspense } from "react";
import { NotFoundMessage } from "@/components/not-found-message";

function AnswerNotFound(): never {
  notFound();
}

/**
 * What a page renders for something that does not exist, instead of calling notFound() itself.
 *
 * A page's own notFound() stops the whole render before any HTML is written, and Next then sends
 * an empty document that only its script fills in: without script, a blank page. Here the
 * message is part of the page's HTML, and notFound() is called inside a Suspense boundary of its
 * own, where it still gives the response its 404 (Next sets the status from an HTTP error thrown
 * inside a boundary) and, with script, the segment's not-found.tsx (the same message) takes over.
 */
export function NotFoundPage() {
  return (
    <>
      <NotFoundMessage />
      <Suspense fallback={null}>
        <AnswerNotFound />
      </Suspense>
    </>
  );
}
