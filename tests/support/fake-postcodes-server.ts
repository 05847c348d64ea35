// The fake postcodes.io as a process of its own, for the browser tests: playwright.config.ts
// starts it on E2E_PORT + 1 and points the site's POSTCODES_IO_URL at it.
//   node --import tsx tests/support/fake-postcodes-server.ts <port>
import { startFakePostcodes } from "./fake-postcodes";

const port = Number(process.argv[2]);
if (!Number.isInteger(port) || port <= 0) {
  console.error("usage: fake-postcodes-server.ts <port>");
  process.exit(2);
}
const fake = await startFakePostcodes({ port });
console.log(`fake postcodes.io listening on ${fake.url}`);

const stop = () => void fake.close().finally(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
