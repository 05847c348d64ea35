// Reads the .env files exactly as Next.js does (its own loader, @next/env): .env.$MODE.local,
// .env.local (not under NODE_ENV=test), .env.$MODE, .env, the first to set a variable winning,
// and never over a variable the shell already set. Imported first by every script that reads the
// site's settings (npm start, the server entry, the worker, db:*, admin:create, release) and by
// prisma.config.ts, so a DATABASE_URL in .env means the same database to all of them.
//
// The mode is development for `--dev` (npm run dev) or NODE_ENV=development, test under
// NODE_ENV=test, production otherwise (as `next start` and `next build`).
import nextEnv from "@next/env";

const dev = process.argv.includes("--dev") || process.env.NODE_ENV === "development";
const { loadedEnvFiles } = nextEnv.loadEnvConfig(process.cwd(), dev, { info: () => {}, error: console.error });

/** The .env files read, for a script that says where its settings came from. */
export const envFiles: string[] = loadedEnvFiles.map((f) => f.path);
