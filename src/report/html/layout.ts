// The page around the report: its Content-Security-Policy, its styles and
// its script, all inline, so the file opens offline and asks nothing of the
// network (no fonts, no images, no scripts from elsewhere).

import {createHash} from 'node:crypto'
import {escapeHtml} from './escape.js'
import type {RuleCount} from './overview.js'
import {reportScript} from './script.js'

// Colours keep at least 4.5:1 against their background (WCAG 2.x AA).
const styles = `
:root{color-scheme:light;--fg:#1b1b1b;--muted:#555;--line:#d0d0d0;--error:#b3261e;--error-bg:#fde3e1;--warning:#7a4f00;--warning-bg:#ffedb8;--focus:#1a56db;--rel-bg:#dbe7ff}
*{box-sizing:border-box}
body{margin:0;font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--fg);background:#fff}
header.page{padding:.8rem 1.2rem;border-bottom:1px solid var(--line);background:#f6f7f9}
header.page h1{margin:0;font-size:1.3rem}
header.page p{margin:.2rem 0 0;color:var(--muted)}
main{padding:0 1.2rem 4rem}
h2{font-size:1.15rem;margin:1.4rem 0 .6rem}
code{font:.85em ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace}
.error{color:var(--error)}.warning{color:var(--warning)}
.charts{display:flex;flex-wrap:wrap;gap:1.5rem}
.chart{margin:0}.chart figcaption{font-weight:600;margin-bottom:.3rem}
.chart svg{max-width:100%;height:auto}
.chart text{font-size:13px;fill:var(--fg)}
.chart rect.e{fill:var(--error)}.chart rect.w{fill:#a86e00}
.chart g.bar{cursor:pointer}.chart g.bar:focus{outline:3px solid var(--focus)}
.filters{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;align-items:center;margin:1rem 0;padding:.6rem .8rem;background:#f6f7f9;border:1px solid var(--line);border-radius:6px;position:sticky;top:0;z-index:2}
.filters select{font:inherit}
#filter-count{color:var(--muted)}
table{border-collapse:collapse}
table.files caption{text-align:start;color:var(--muted);padding:.3rem 0}
table.files td,table.files th{padding:.25rem .7rem;border-bottom:1px solid var(--line);text-align:end}
table.files td:first-child,table.files th:first-child{text-align:start;word-break:break-all}
table.files th button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer;color:inherit}
table.files th[aria-sort=ascending] button::after{content:" ▲"}
table.files th[aria-sort=descending] button::after{content:" ▼"}
section.doc{margin-top:2rem;content-visibility:auto;contain-intrinsic-size:auto 800px}
section.doc h2 code{font-size:.95rem}
.doc-problems{margin:.3rem 0;padding-inline-start:1.2rem}
table.bitext{width:100%;table-layout:fixed;border:1px solid var(--line)}
table.bitext col.side{width:38%}table.bitext col.found{width:24%}
table.bitext th{background:#f6f7f9;text-align:start;padding:.35rem .6rem;border-bottom:1px solid var(--line);font-weight:600}
table.bitext td{vertical-align:top;padding:.45rem .6rem;border-top:1px solid var(--line);overflow-wrap:anywhere}
table.bitext td.side+td.side,table.bitext td.gap+td.side,table.bitext td.side+td.gap{border-inline-start:1px solid var(--line)}
td.side:lang(ar),td.side:lang(fa),td.side:lang(ur){font-size:1.12em;line-height:1.75}
td.gap{background:repeating-linear-gradient(135deg,#fafafa 0 8px,#efefef 8px 16px)}
td.gap::before{content:"— no counterpart —";color:var(--muted);font-style:italic;font-size:.9em}
td.found{font-size:.88em;background:#fcfcfd;border-inline-start:1px solid var(--line)}
td.found ul{margin:0;padding:0;list-style:none}
td.found li{margin:0 0 .45rem;padding:.15rem .3rem;border-radius:4px}
td.found li.on{background:var(--rel-bg)}
.shape{font-weight:600;color:var(--muted);font-size:.85em;text-transform:uppercase;letter-spacing:.03em}
.sev{font-weight:600;font-size:.8em;text-transform:uppercase}
.sev.error{color:var(--error)}.sev.warning{color:var(--warning)}
.fix,.related{color:var(--muted)}
.rule{color:var(--muted)}
bdi.lit{background:#eef0f3;border-radius:3px;padding:0 .2em}
.para{display:flex;gap:.6rem;margin:0 0 .35rem}
.para .ln{flex:none;min-width:2.2em;color:var(--muted);font-size:.78em;text-align:end;padding-top:.25em;direction:ltr;user-select:none}
.para .tx{white-space:pre-wrap;flex:1 1 auto;min-width:0}
mark.fm{color:inherit;background:var(--warning-bg);border-bottom:2px solid var(--warning);border-radius:2px;padding:0 .05em;cursor:help}
mark.fm.s2{background:var(--error-bg);border-bottom-color:var(--error)}
mark.fm mark.fm{border-bottom-style:double;border-bottom-width:3px}
mark.fm.pt::before{content:"‸";color:var(--error);font-weight:700}
mark.fm:focus{outline:3px solid var(--focus);outline-offset:1px}
.rel{outline:1px dashed var(--focus);outline-offset:1px;border-radius:2px}
.rel.on{background:var(--rel-bg)}
.inv .tok{font:.72em ui-monospace,Menlo,Consolas,monospace;color:#3a2a9a;background:#ecebff;border:1px solid #c9c6f5;border-radius:3px;padding:0 .15em;unicode-bidi:isolate;direction:ltr}
.inv .raw{display:none}
body.hide-inv .inv .tok{display:none}body.hide-inv .inv .raw{display:inline}
table.segments tr.clean{display:none}
body.show-clean table.segments tr.clean{display:table-row}
.pager{display:flex;flex-wrap:wrap;gap:.3rem;margin:.4rem 0}
.pager button{font:inherit;min-width:2.2rem}
.pager button[aria-current=page]{font-weight:700;background:var(--fg);color:#fff}
#status:empty{display:none}
#status{position:fixed;inset-inline:0;bottom:0;margin:0;padding:.4rem 1.2rem;background:#1b1b1b;color:#fff;font-size:.9em;white-space:pre-line;min-height:2.2em;z-index:3}
.keys{color:var(--muted);font-size:.9em}
kbd{font:.85em ui-monospace,Menlo,monospace;border:1px solid var(--line);border-radius:3px;padding:0 .25em;background:#fff}
a{color:var(--focus)}
@media (max-width:760px){
 table.bitext,table.bitext tbody,table.bitext tr,table.bitext td{display:block;width:100%}
 table.bitext thead{display:none}
 table.bitext td.side::before{content:attr(lang);display:block;color:var(--muted);font-size:.75em}
 td.gap{min-height:2.4em}
 body.show-clean table.segments tr.clean{display:block}
 .chart svg{width:100%}
 table.files td,table.files th{padding:.25rem .35rem}
}
`

/** Hide what the filters leave out: list entries vanish, highlights fade; one rule per rule class. */
function filterStyles(rules: readonly RuleCount[]): string {
  const byRule = rules.map(
    ({className}) =>
      `body[data-rule=${className}] li.fi:not(.${className}){display:none}` +
      `body[data-rule=${className}] mark.fm:not(.${className}){background:none;border-bottom-color:transparent}`
  )
  const bySeverity = ['s1', 's2'].map(
    (severity) => `body[data-severity=${severity}] li.fi:not(.${severity}){display:none}body[data-severity=${severity}] mark.fm:not(.${severity}){background:none;border-bottom-color:transparent}`
  )
  return [...byRule, ...bySeverity].join('\n')
}

const scriptHash = createHash('sha256').update(reportScript).digest('base64')

// default-src 'none' forbids every fetch (images, fonts, frames, connections);
// the one script runs by its hash, so injected markup could not run code even
// if escaping failed.
const contentSecurityPolicy = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${scriptHash}'; img-src 'none'; base-uri 'none'; form-action 'none'`

export interface PageParts {
  title: string
  subtitle: string
  rules: readonly RuleCount[]
  body: string
}

export function page({title, subtitle, rules, body}: PageParts): string {
  return `<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${styles}
${filterStyles(rules)}</style>
</head>
<body>
<header class="page"><h1>${escapeHtml(title)}</h1><p>${escapeHtml(subtitle)}</p>
<p class="keys">Keys: <kbd>j</kbd>/<kbd>n</kbd> next finding, <kbd>k</kbd>/<kbd>p</kbd> previous; <kbd>Tab</kbd> moves through the lists of findings.</p></header>
<main>
${body}
</main>
<p id="status" role="status" aria-live="polite"></p>
<script>${reportScript}</script>
</body>
</html>
`
}
