import "server-only";
import fs from "node:fs";
import path from "node:path";

// The card fonts, read once from the npm packages (WOFF: next/og cannot read WOFF2). Nothing is
// fetched from a font service at build or run time.
type Weight = 400 | 600 | 700;
type CardFont = { name: string; data: Buffer; weight: Weight; style: "normal" };

function load(name: string, pkg: string, file: string, weight: Weight): CardFont[] {
  const dir = path.join(process.cwd(), "node_modules", "@fontsource", pkg, "files");
  return ["latin", "latin-ext"].map((subset) => ({
    name,
    data: fs.readFileSync(path.join(dir, `${file}-${subset}-${weight}-normal.woff`)),
    weight,
    style: "normal" as const,
  }));
}

let fonts: CardFont[] | undefined;

export function cardFonts(): CardFont[] {
  fonts ??= [...load("Inter", "inter", "inter", 400), ...load("Inter", "inter", "inter", 600), ...load("Fraunces", "fraunces", "fraunces", 600)];
  return fonts;
}
