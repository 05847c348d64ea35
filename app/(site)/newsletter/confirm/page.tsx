import type { Metadata } from "next";
import { Suspense } from "react";
import { ConfirmForm } from "@/components/newsletter/confirm-form";

export const metadata: Metadata = { title: "Confirm your subscription", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default function ConfirmPage({ searchParams }: Props) {
  return (
    <div className="container-page max-w-3xl py-16">
      <Suspense fallback={<p className="text-lg">Loading…</p>}>
        <Confirm searchParams={searchParams} />
      </Suspense>
    </div>
  );
}

async function Confirm({ searchParams }: Props) {
  const { token } = await searchParams;
  return <ConfirmForm token={typeof token === "string" ? token : ""} />;
}
