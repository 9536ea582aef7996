// Baseline for `parallax bench extraction`: reads pages (one JSON string of HTML per line, already
// decoded by Parallax so both sides get the same text), keeps them in memory, warms up, then times
// readability.js (DOM built by jsdom, which neither runs scripts nor loads resources) over all of
// them. Prints one JSON object: {"pages", "seconds", "pagesPerSecond", "failed"}.
import { readFileSync } from "node:fs";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

const pages = readFileSync(process.argv[2], "utf8").split("\n").filter(l => l.length > 0).map(l => JSON.parse(l));
const quiet = new VirtualConsole(); // pages' CSS and markup errors are not ours to print

function extract(html) {
  const dom = new JSDOM(html, { url: "https://example.invalid/", virtualConsole: quiet });
  const article = new Readability(dom.window.document).parse();
  dom.window.close();
  return article ? article.textContent : "";
}

for (const html of pages.slice(0, 10)) {
  try { extract(html); } catch { /* counted below */ }
}

let failed = 0;
const start = process.hrtime.bigint();
for (const html of pages) {
  try { extract(html); } catch { failed++; }
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(JSON.stringify({ pages: pages.length, seconds, pagesPerSecond: pages.length / seconds, failed }));
