// Types for server-only-hook.mjs: it exports nothing, importing it registers the hook.
export {};
