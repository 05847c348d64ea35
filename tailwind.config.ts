import type { Config } from "tailwindcss";
import typography from "@tailwindcss/typography";

// The appeal's look: warm paper, deep ink, an ember accent for the calls to action.
// Every text colour here meets WCAG AA (4.5:1) on the paper and white backgrounds.
const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}", "./lib/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        paper: { DEFAULT: "#fbf6ee", deep: "#f3e9da" },
        ink: { DEFAULT: "#1f2a37", soft: "#3f4b5b", muted: "#556170" },
        ember: { DEFAULT: "#b2400e", dark: "#8f320a", light: "#fde4d3" },
        pine: { DEFAULT: "#1f5140", light: "#dcebe3" },
        night: { DEFAULT: "#15202e", soft: "#223246" },
      },
      fontFamily: {
        sans: ["var(--font-inter)", "ui-sans-serif", "system-ui", "sans-serif"],
        serif: ["var(--font-fraunces)", "ui-serif", "Georgia", "serif"],
      },
      maxWidth: { prose: "68ch" },
      // The typography plugin wraps a blockquote's text in curly quotes of its own; staff type the
      // quotation marks of what they quote (as the share kit and the emails show it), so those came
      // out doubled. A blockquote is marked by its rule and indent alone, in every prose.
      typography: {
        DEFAULT: {
          css: {
            "blockquote p:first-of-type::before": { content: "none" },
            "blockquote p:last-of-type::after": { content: "none" },
          },
        },
      },
    },
  },
  plugins: [typography],
};

export default config;
