// npm run admin:create -- someone@example.org   makes (or promotes) an admin from the command line.
import "./lib/load-env";
import { PrismaPg } from "@prisma/adapter-pg";
import { recordAudit } from "../lib/audit/record-audit";
import { PrismaClient } from "../lib/generated/prisma/client";
import { openDatabase, orExit } from "./lib/database";

const email = (process.argv[2] ?? "").trim().toLowerCase();
if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
  console.error("usage: npm run admin:create -- someone@example.org");
  process.exit(2);
}
const database = await orExit("admin:create", () => openDatabase());
const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
try {
  const user = await db.user.upsert({ where: { email }, create: { email, role: "ADMIN" }, update: { role: "ADMIN", disabledAt: null } });
  await recordAudit(db, { actorId: null, action: "staff.admin-create", subject: email, details: { via: "command line" } });
  console.log(`${user.email} is an admin: sign in at /admin/sign-in`);
} finally {
  await db.$disconnect();
  await database.stop();
}
process.exit(0);
