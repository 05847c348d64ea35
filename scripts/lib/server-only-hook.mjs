// Lets plain Node (the worker and benchmark scripts) import modules guarded by `server-only`,
// which only Next's server bundler otherwise resolves. Use: node --import ./scripts/lib/server-only-hook.mjs
import { register } from "node:module";

const hook = `export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,export {}", shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
