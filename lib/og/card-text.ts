// The social cards are drawn with the Inter and Fraunces files shipped in node_modules (latin and
// latin-ext subsets). When a card holds a character no loaded font has, next/og quietly fetches a
// font for it from Google Fonts (and emoji from a CDN) at render time. The site makes no such
// requests, so text is reduced to what the fonts cover before it reaches a card.

// The subsets' unicode-range, from @fontsource/inter's and @fontsource/fraunces' CSS.
const covered: [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0x2ba],
  [0x2bb, 0x2bc],
  [0x2bd, 0x2c5],
  [0x2c6, 0x2c6],
  [0x2c7, 0x2cc],
  [0x2ce, 0x2d7],
  [0x2da, 0x2da],
  [0x2dc, 0x2dc],
  [0x2dd, 0x2ff],
  [0x304, 0x304],
  [0x308, 0x308],
  [0x329, 0x329],
  [0x1d00, 0x1dbf],
  [0x1e00, 0x1e9f],
  [0x1ef2, 0x1eff],
  // General punctuation, without the invisible formatting characters (U+200B–U+200F, U+202A–U+202E,
  // U+2060 onwards), which have no glyph to draw.
  [0x2010, 0x2027],
  [0x2030, 0x205e],
  [0x20a0, 0x20c0],
  [0x2113, 0x2113],
  [0x2122, 0x2122],
  [0x2191, 0x2191],
  [0x2193, 0x2193],
  [0x2212, 0x2212],
  [0x2215, 0x2215],
  [0x2c60, 0x2c7f],
  [0xa720, 0xa7ff],
];

function isCovered(codePoint: number): boolean {
  return covered.some(([from, to]) => codePoint >= from && codePoint <= to);
}

/** Whether every character of `text` can be drawn on a card as it is. */
export function isCardSafe(text: string): boolean {
  for (const ch of text) if (!isCovered(ch.codePointAt(0) ?? 0)) return false;
  return true;
}

/**
 * `text` with what the card fonts cannot draw taken out: unusual spaces become plain ones, emoji
 * and other scripts are dropped, and the result is cut to `max` characters at a word.
 */
export function cardText(text: string, max = 200): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    const cp = ch.codePointAt(0) ?? 0;
    if (/\s/u.test(ch)) out += " ";
    else if (isCovered(cp)) out += ch;
  }
  out = out.replace(/ {2,}/g, " ").trim();
  const chars = [...out];
  if (chars.length <= max) return out;
  const cut = chars.slice(0, max - 1).join("");
  // Keep the last word only if the cut fell just after it.
  const atWord = /[\s,;:.!?–—]/u.test(chars[max - 1] ?? "") ? cut : cut.replace(/\s+\S*$/, "");
  return `${(atWord.length > max / 2 ? atWord : cut).replace(/[\s,;:.–—-]+$/, "")}…`;
}
