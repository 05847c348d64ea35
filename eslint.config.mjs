import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const upwards = {
  group: ["@/app", "@/app/*", "**/app/*"],
  message: "components/ and lib/ never import from app/: move the code down, or beside its route.",
};
const handFormatted =
  "Numbers are written by formatCount and formatPence (lib/format/money.ts): the first use of Intl in a browser tab loads its locale data, 30–200 ms of main thread.";
const plainLink = { name: "next/link", message: "Public pages link with SiteLink (components/site-link.tsx): no prefetching." };

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next*/**", ".cache/**", ".data/**", "lib/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**"],
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true, argsIgnorePattern: "^_" }],
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read configuration through lib/env.ts." }],
    },
  },
  {
    // Tooling that runs before or around the app reads its own environment.
    files: ["scripts/**", "tests/**", "prisma/**", "*.config.*", "next.config.ts", "lib/env.ts", "playwright.config.ts", "instrumentation.ts"],
    rules: { "no-restricted-properties": "off" },
  },
  {
    // Layers run one way: routes (app/) use components/ and lib/, never the reverse. A form used
    // by one route lives beside it in app/; components/ keeps what several routes share.
    files: ["components/**", "lib/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [upwards],
        },
      ],
    },
  },
  {
    // Numbers reach the browser through forms and the widget: no Intl.NumberFormat, no toLocaleString.
    files: ["app/**", "components/**", "lib/**"],
    ignores: ["lib/format/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "CallExpression[callee.property.name='toLocaleString']", message: handFormatted },
        { selector: "NewExpression[callee.object.name='Intl'][callee.property.name='NumberFormat']", message: handFormatted },
      ],
    },
  },
  {
    // The public site's links never prefetch (components/site-link.tsx says why); staff pages may.
    files: ["app/(site)/**"],
    rules: { "no-restricted-imports": ["error", { paths: [plainLink] }] },
  },
  {
    files: ["components/**"],
    ignores: ["components/admin/**", "components/site-link.tsx"],
    rules: { "no-restricted-imports": ["error", { paths: [plainLink], patterns: [upwards] }] },
  },
];

export default config;
