// npm run db:migrate -- --name <name>   create a migration from schema changes, then apply
// npm run db:deploy                      apply pending migrations
// npm run db:seed                        fill in the demo content (safe to run again)
import "./lib/load-env";
import { openDatabase, orExit } from "./lib/database";
import { migrate } from "./lib/migrate";
import { seed } from "../prisma/seed/seed";

const [command, ...rest] = process.argv.slice(2);
const nameIndex = rest.indexOf("--name");
const name = nameIndex >= 0 ? rest[nameIndex + 1] : undefined;

const db = await orExit("db", () => openDatabase());
let exitCode = 0;
try {
  if (command === "migrate" || command === "deploy") {
    const t0 = performance.now();
    const { created, applied } = await migrate(db.url, { command: command === "migrate" ? "dev" : "deploy", name });
    for (const c of created) console.log(`created prisma/migrations/${c}`);
    console.log(`applied ${applied.length ? applied.join(", ") : "nothing (up to date)"} in ${Math.round(performance.now() - t0)} ms`);
  } else if (command === "seed") {
    const summary = await seed(db.url);
    console.log(`seeded: ${JSON.stringify(summary)}`);
  } else {
    console.error("usage: db.ts migrate [--name N] | deploy | seed");
    exitCode = 2;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  exitCode = 1;
} finally {
  await db.stop();
}
process.exit(exitCode);
