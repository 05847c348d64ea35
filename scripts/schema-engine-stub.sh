#!/bin/sh
# Stand-in for Prisma's native schema engine, which is downloaded from a host these machines
# cannot reach. It lets `prisma generate|validate|format` run; migrations go through
# scripts/db.ts, which drives the Wasm schema engine instead.
if [ "$1" = "--version" ]; then echo "schema-engine-cli stub (no native schema engine installed)"; exit 0; fi
echo "The native Prisma schema engine is not installed: use 'npm run db:migrate' or 'npm run db:deploy'." >&2
exit 1
