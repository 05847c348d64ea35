// Types for serve-bundle.mjs (plain JavaScript, so that `npm run build` runs it with plain node).
export declare const serveBundle: string;
export declare function whyRebundle(): string | null;
export declare function makeServeBundle(): string;
export declare function ensureServeBundle(log?: (message: string) => void): string;
