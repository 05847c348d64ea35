// A small HTML page that stands on its own (no scripts, no stylesheet to fetch), in the site's
// colours: the answer given before the site itself runs (a spent limit at the door, a body too
// large for the server entry), where none of its pages or styles can be used.

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export type StandalonePage = { title: string; paragraphs: string[]; link?: { href: string; label: string } };

export function standalonePage({ title, paragraphs, link }: StandalonePage): string {
  const body = [...paragraphs.map((p) => `<p>${escape(p)}</p>`), ...(link ? [`<p><a href="${escape(link.href)}">${escape(link.label)}</a></p>`] : [])];
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(title)}</title>
<style>
body { margin: 0; background: #fbf6ee; color: #1f2a37; font: 1.0625rem/1.6 system-ui, sans-serif; }
main { max-width: 36rem; margin: 0 auto; padding: 4rem 1.5rem; }
h1 { font-family: Georgia, serif; font-size: 2rem; line-height: 1.2; margin: 0 0 1rem; }
p { margin: 0 0 1rem; color: #3f4b5b; }
a { color: #8f320a; font-weight: 600; text-underline-offset: 3px; }
a:focus-visible { outline: 3px solid #b2400e; outline-offset: 2px; }
</style>
</head>
<body>
<main>
<h1>${escape(title)}</h1>
${body.join("\n")}
</main>
</body>
</html>
`;
}
