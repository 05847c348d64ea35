import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/markdown/render-markdown";

type Tag = { name: string; closing: boolean; attrs: Record<string, string> };

function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/**
 * Every tag in rehype-stringify's output. That serialiser double-quotes every attribute value and
 * escapes "<" in text, so each literal "<" must open a well-formed tag: anything else is markup a
 * browser could read differently, and fails the test.
 */
function tagsOf(html: string): Tag[] {
  const tags: Tag[] = [];
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'<>/=]+(?:="[^"]*")?)*)\s*\/?>/y;
  for (let i = html.indexOf("<"); i !== -1; i = html.indexOf("<", i + 1)) {
    tag.lastIndex = i;
    const m = tag.exec(html);
    if (!m) throw new Error(`Stray "<" at ${i} in ${JSON.stringify(html)}`);
    const attrs: Record<string, string> = {};
    for (const a of (m[3] ?? "").matchAll(/\s+([^\s"'<>/=]+)(?:="([^"]*)")?/g)) {
      attrs[(a[1] ?? "").toLowerCase()] = decodeEntities(a[2] ?? "");
    }
    tags.push({ name: (m[2] ?? "").toLowerCase(), closing: m[1] === "/", attrs });
  }
  return tags;
}

/** The elements GitHub's schema lets through and that this site's Markdown can produce. */
const safeElements = new Set([
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "p",
  "br",
  "hr",
  "em",
  "strong",
  "del",
  "code",
  "pre",
  "blockquote",
  "ul",
  "ol",
  "li",
  "a",
  "img",
  "table",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
  "input",
  "sup",
  "section",
]);
const urlAttributes = new Set(["href", "src", "cite", "longdesc", "action", "formaction", "data", "poster", "background"]);

/** A URL is safe if it is relative, or absolute with an allowed scheme. */
function safeUrl(value: string, schemes: string[]): boolean {
  const colon = value.indexOf(":");
  if (colon === -1) return true;
  const firstDelimiter = value.search(/[/?#]/);
  if (firstDelimiter !== -1 && firstDelimiter < colon) return true;
  return schemes.includes(value.slice(0, colon).toLowerCase());
}

function expectSafe(html: string) {
  for (const t of tagsOf(html)) {
    expect(safeElements, `element <${t.name}> in ${html}`).toContain(t.name);
    for (const [name, value] of Object.entries(t.attrs)) {
      expect(name, `attribute ${name} in ${html}`).not.toMatch(/^on/);
      expect(name).not.toBe("style");
      if (urlAttributes.has(name)) {
        const schemes = name === "src" ? ["http", "https"] : ["http", "https", "mailto"];
        expect(safeUrl(value, schemes), `${name}="${value}" in ${html}`).toBe(true);
      }
    }
  }
}

describe("the safety checker used below", () => {
  it("rejects the unsafe markup it is meant to catch", () => {
    expect(() => expectSafe('<a href="javascript:alert(1)">x</a>')).toThrow();
    expect(() => expectSafe('<a href="JAVA&#x53;CRIPT:alert(1)">x</a>')).toThrow();
    expect(() => expectSafe('<img src="data:image/png;base64,AAAA">')).toThrow();
    expect(() => expectSafe('<p onclick="x">y</p>')).toThrow();
    expect(() => expectSafe("<iframe></iframe>")).toThrow();
    expect(() => expectSafe("<p>a < b</p>")).toThrow();
    expect(() => expectSafe('<p><a href="/ok" title="say &#x22;hi&#x22; onclick=x">ok</a></p>')).not.toThrow();
  });
});

describe("renderMarkdown keeps what staff write", () => {
  it("keeps headings, paragraphs and emphasis", () => {
    const html = renderMarkdown("# One\n\n## Two\n\n### Three\n\nA *soft* and **strong** ~~old~~ `code` line.");
    expect(html).toContain("<h1>One</h1>");
    expect(html).toContain("<h2>Two</h2>");
    expect(html).toContain("<h3>Three</h3>");
    expect(html).toContain("<p>A <em>soft</em> and <strong>strong</strong> <del>old</del> <code>code</code> line.</p>");
  });

  it("keeps bulleted and numbered lists", () => {
    const html = renderMarkdown("- socks\n- gloves\n\n1. tea\n2. coats\n");
    expect(html).toContain("<ul>\n<li>socks</li>\n<li>gloves</li>\n</ul>");
    expect(html).toContain("<ol>\n<li>tea</li>\n<li>coats</li>\n</ol>");
  });

  it("keeps GFM tables with their alignment", () => {
    const html = renderMarkdown("| Place | Count |\n|:---|---:|\n| Calais | 1,000 |\n| Paris | 1,500 |\n");
    expect(html).toContain("<table>");
    expect(html).toContain('<th align="left">Place</th>');
    expect(html).toContain('<th align="right">Count</th>');
    expect(html).toContain('<td align="left">Calais</td>');
    expect(html).toContain('<td align="right">1,500</td>');
    expect(tagsOf(html).filter((t) => t.name === "tr" && !t.closing)).toHaveLength(3);
  });

  it.each([
    ["http", "[a](http://example.org/page)", "http://example.org/page"],
    ["https", "[a](https://example.org/a?b=1)", "https://example.org/a?b=1"],
    ["mailto", "[a](mailto:privacy@calaiswinteraid.example)", "mailto:privacy@calaiswinteraid.example"],
    ["root-relative", "[a](/donate?gift=coat)", "/donate?gift=coat"],
    ["relative", "[a](volunteer)", "volunteer"],
    ["fragment", "[a](#top)", "#top"],
    ["query and fragment with an ampersand", "[a](/news?category=news&page=2#list)", "/news?category=news&page=2#list"],
    ["bare www autolink", "see www.example.org today", "http://www.example.org"],
  ])("keeps a %s link", (_, markdown, href) => {
    const links = tagsOf(renderMarkdown(markdown)).filter((t) => t.name === "a" && !t.closing);
    expect(links).toHaveLength(1);
    expect(links[0]?.attrs.href).toBe(href);
  });

  it("keeps link titles and images on http(s)", () => {
    const tags = tagsOf(renderMarkdown('[a](https://example.org "Read more") ![A coat](https://example.org/coat.jpg)'));
    expect(tags.find((t) => t.name === "a")?.attrs).toEqual({ href: "https://example.org", title: "Read more" });
    expect(tags.find((t) => t.name === "img")?.attrs).toEqual({ src: "https://example.org/coat.jpg", alt: "A coat" });
  });

  it("renders the seeded Markdown shapes safely", () => {
    expectSafe(renderMarkdown("## Who we are\n\nWe give aid **directly**.\n\n- [ ] a task\n- [x] done\n\n[give a coat](/donation-points)"));
  });
});

describe("renderMarkdown strips what could run", () => {
  it("drops a <script> block entirely, including its text", () => {
    expect(renderMarkdown("Before\n\n<script>alert(1)</script>\n\nAfter")).toBe("<p>Before</p>\n<p>After</p>");
  });

  it("drops raw HTML blocks and inline HTML but keeps the surrounding text", () => {
    expect(renderMarkdown('<div class="x">\n\n**hi**\n\n</div>')).toBe("<p><strong>hi</strong></p>");
    expect(renderMarkdown("a <img src=x onerror=alert(1)> b")).toBe("<p>a  b</p>");
    expect(renderMarkdown('x <iframe src="https://evil.example"></iframe> y')).toBe("<p>x  y</p>");
    expect(renderMarkdown('<iframe src="https://evil.example"></iframe>')).toBe("");
  });

  it("drops javascript: and data: link and image URLs but keeps the link text", () => {
    expect(renderMarkdown("[click](javascript:alert(1))")).toBe("<p><a>click</a></p>");
    expect(renderMarkdown("[click](data:text/html,<script>alert(1)</script>)")).not.toContain("data:");
    expect(renderMarkdown("![pic](data:image/png;base64,AAAA)")).toBe('<p><img alt="pic"></p>');
  });

  it("leaves the scheme of an autolink as harmless text with no href", () => {
    const html = renderMarkdown("<javascript:alert(1)>");
    const links = tagsOf(html).filter((t) => t.name === "a" && !t.closing);
    expect(links).toHaveLength(1);
    expect(links[0]?.attrs).toEqual({});
    expectSafe(html);
  });

  it("escapes HTML written in code rather than running it", () => {
    expect(renderMarkdown("`<script>alert(1)</script>`")).toBe("<p><code>&#x3C;script>alert(1)&#x3C;/script></code></p>");
    expect(renderMarkdown("```html\n<script>alert(1)</script>\n```")).not.toMatch(/<script/i);
  });

  // Each payload is rendered; the output must never contain "<script", "onerror" or "javascript:"
  // (as markup or as text), and every tag in it must be a safe element with no on* attribute,
  // no style and no URL outside http, https and mailto.
  const payloads: [string, string][] = [
    ["script block", "<script>alert(1)</script>"],
    ["uppercase external script", "<SCRIPT SRC=//evil.example/x.js></SCRIPT>"],
    ["script split across a tag", "<<script>script>alert(1)</script>"],
    ["inline img onerror", "Hello <img src=x onerror=alert(1)> world"],
    ["block img onerror", '<img src="x" onerror="alert(1)">'],
    ["iframe with javascript:", '<iframe src="javascript:alert(1)"></iframe>'],
    ["svg onload", "<svg onload=alert(1)>"],
    ["div onclick", '<div onclick="alert(1)">click</div>'],
    ["raw anchor with javascript:", '<a href="javascript:alert(1)">x</a>'],
    ["anchor onmouseover", '<a href="#" onmouseover="alert(1)">x</a>'],
    ["details ontoggle", "<details open ontoggle=alert(1)>"],
    ["input onfocus autofocus", "<input onfocus=alert(1) autofocus>"],
    ["body onload", "<body onload=alert(1)>"],
    ["style with javascript: url", "<style>*{background:url(javascript:alert(1))}</style>"],
    ["object data", '<object data="javascript:alert(1)"></object>'],
    ["embed src", '<embed src="javascript:alert(1)">'],
    ["form action", '<form action="javascript:alert(1)"><button>go</button></form>'],
    ["meta refresh", '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
    ["HTML comment hiding a script", "<!-- --><script>alert(1)</script><!-- -->"],
    ["mXSS via math/style", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"],
    ["noscript attribute breakout", '<noscript><p title="</noscript><img src=x onerror=alert(1)>">'],
    ["markdown javascript: link", "[x](javascript:alert(1))"],
    ["mixed-case scheme", "[x](JaVaScRiPt:alert(1))"],
    ["tab entity inside the scheme", "[x](java&#x09;script:alert(1))"],
    ["decimal entity in the scheme", "[x](&#106;avascript:alert(1))"],
    ["angle-bracket destination", "[x](<javascript:alert(1)>)"],
    ["padded destination", "[x](   javascript:alert(1)   )"],
    ["reference definition", "[x]: javascript:alert(1)\n\nSee [x]."],
    ["vbscript: link", "[x](vbscript:msgbox(1))"],
    ["data: HTML link", "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"],
    ["data: SVG image", "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)"],
    ["javascript: image", "![x](javascript:alert(1))"],
    ["file: link", "[x](file:///etc/passwd)"],
    ["image in a link, both hostile", "[![x](javascript:alert(1))](javascript:alert(2))"],
    ["raw HTML in a table cell", "| a |\n|---|\n| <img src=x onerror=alert(1)> |"],
    ["raw HTML in a list item", "- <script>alert(1)</script>\n- <a href=javascript:alert(1)>x</a>"],
    ["raw HTML in a heading", "## Title <img src=x onerror=alert(1)>"],
    ["slash-separated svg onload (CommonMark text, escaped)", "<svg/onload=alert(1)>"],
  ];

  it.each(payloads)("neutralises %s", (_, payload) => {
    const html = renderMarkdown(payload);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/onerror/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/vbscript:/i);
    expect(html).not.toMatch(/(href|src)="data:/i);
    expect(html).not.toMatch(/<(iframe|object|embed|form|meta|style|svg|math|body|details)\b/i);
    expectSafe(html);
  });

  it("is a pure function: the same input always renders the same output", () => {
    const md = "# T\n\n<script>x</script>\n\n[a](javascript:x) [b](/ok)";
    expect(renderMarkdown(md)).toBe(renderMarkdown(md));
  });
});
