"use client";

import "./globals.css";

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en-GB">
      <body className="min-h-dvh bg-paper text-ink">
        <main className="mx-auto max-w-2xl px-6 py-20">
          <h1 className="font-serif text-4xl font-semibold">Sorry, the site isn’t available right now</h1>
          <p className="mt-4 text-lg">We couldn’t load this page. Please try again in a minute.</p>
          <button type="button" onClick={reset} className="btn-primary mt-6">
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
