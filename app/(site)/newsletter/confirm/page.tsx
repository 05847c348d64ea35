import type { Metadata } from "next";
import { ConfirmForm } from "@/components/newsletter/confirm-form";


// Rendered in full before anything is sent (no streaming behind <Suspense>): its form must work
// with JavaScript switched off, and streamed content is only revealed by script.
export const instant = false;

export const metadata: Metadata = { title: "Confirm your subscription", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default function ConfirmPage({ searchParams }: Props) {
  return (
    <div className="container-page max-w-3xl py-16">
        <Confirm searchParams={searchParams} />
    </div>
  );
}

async function Confirm({ searchParams }: Props) {
  const { token } = await searchParams;
  return <ConfirmForm token={typeof token === "string" ? token : ""} />;
}
