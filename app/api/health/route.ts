import { connection } from "next/server";
import { databaseAnswers } from "@/lib/startup/check-database";

// Never cached: every call asks the database.
export async function GET() {
  await connection();
  const ok = await databaseAnswers();
  return Response.json(ok ? { status: "ok" } : { status: "unavailable" }, {
    status: ok ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
