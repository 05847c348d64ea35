// What `server-only` is in the bundled server entry (scripts/lib/serve-bundle.mjs): nothing, as
// Next's server bundler makes it. The guard matters in the browser bundle, which this is not.
export {};
