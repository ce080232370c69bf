import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { allNotes, draftNote, preparedWith, trackedNote, wordsOf, type RenderModel } from "./model";
import { dateIn, type ExportWords } from "./words";
import { firstStrongDirection, languagePieces, type DocumentLanguage, type TextDirection } from "../../shared/languages";
import { codeLines, inlineRuns, NOTE_SEPARATOR, sameChange, type InlineContext, type InlineRun, type TrackedChange } from "./inline";

// A standalone, accessible HTML file: one h1 (the title), h2 per section, h3/h4 for headings inside the text,
// real lists and tables (th with scope), visible paragraph numbers with an anchor each (#para-12), a DRAFT banner,
// footnote references linked to one list of notes at the end (#fn-3) and back (#fnref-3), as on the web.
// Minimal inline CSS, no scripts, nothing loaded from elsewhere. A tracked export shows suggestions as <ins> and
// <del>, each naming its author in words a screen reader reads (not by colour or strike-through alone).
// Language and direction: <html> carries the document's `lang` and `dir`, a section in another language its own,
// and a paragraph (heading, list item, cell) whose first letter runs the other way than its section gets `dir`,
// the direction `dir="auto"` would find (an English paragraph in an Arabic section). The layout uses logical CSS
// properties, so numbers and notes sit on the side where the text starts.

/** How blocks are written: inline content as the model reads it, in the direction of what holds them. */
type HtmlContext = InlineContext & InlineWords & { direction: TextDirection };
/** What inline text is written with: the export's words, and the language of the section it is in. */
type InlineWords = { words: ExportWords; language: DocumentLanguage };

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (char) => ESCAPES[char]!);

const CSS = `
body{font-family:"Times New Roman",Tinos,"Liberation Serif",serif;font-size:12pt;line-height:1.45;color:#111827;max-width:46em;margin:2em auto;padding:0 1.5em}
header.title{text-align:center;margin:3em 0 2.5em}
.bodies{text-transform:uppercase;letter-spacing:.04em;color:#4b5563;font-size:.9em}
h1{font-size:1.9em;margin:.6em 0}
h2{font-size:1.35em;margin:2em 0 .3em;color:#1f2937}
h3{font-size:1.12em;margin:1.4em 0 .4em}
h4{font-size:1em;font-style:italic;margin:1.2em 0 .4em}
.meta{color:#4b5563;margin:.3em 0}
.status{color:#6b7280;font-size:.85em;margin:0 0 1em}
.draft{border:2px solid #b00020;color:#b00020;padding:.6em 1em;margin:1.5em 0;text-align:center}
p.numbered{position:relative;padding-inline-start:2.5em;text-align:justify}
p.numbered .pn{position:absolute;inset-inline-start:0}
.cont{margin-inline-start:2.5em}
p{margin:.5em 0}
blockquote{border-inline-start:3px solid #9ca3af;margin-block:.8em;margin-inline:1.5em 0;padding-inline-start:1em;font-style:italic;color:#374151}
table{border-collapse:collapse;margin:1em 0;font-size:.92em}
th,td{border:1px solid #8c96a0;padding:.3em .55em;text-align:start;vertical-align:top}
th{background:#e8ecf2}
pre{background:#f3f4f6;padding:.6em;overflow-x:auto}
code{font-family:"Courier New",Cousine,monospace;font-size:.9em}
a{color:#1f4e99}
nav ol{padding-inline-start:1.4em}
sup.fn-ref,sup.fn-sep{line-height:0}
sup.fn-ref a{text-decoration:none}
.footnotes{border-top:1px solid #d1d5db;margin-top:3em;font-size:.92em}
.footnotes h2{font-size:1.1em}
a.fn-back{text-decoration:none}
@media print{.draft{break-inside:avoid}body{max-width:none}}
`.trim();

/** Only in tracked exports. Colours pass 4.5:1 on their backgrounds; underline and strike-through say it without colour. */
const TRACKED_CSS = `
ins{text-decoration:underline;color:#14532d;background:#dcfce7}
del{text-decoration:line-through;color:#7f1d1d;background:#fee2e2}
.vh{position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`.trim();

function inline(runs: readonly InlineRun[], ctx: InlineWords): string {
  let out = "";
  for (let i = 0; i < runs.length; ) {
    // Runs of one suggestion (or of agreed text) together; a suggestion's runs become one <ins> or <del>.
    const before = runs[i - 1];
    const change = runs[i]!.change;
    const group: InlineRun[] = [];
    for (; i < runs.length && sameChange(runs[i]!.change, change); i++) group.push(runs[i]!);
    out += change ? tracked(change, linked(group, before, ctx), ctx.words) : linked(group, before, ctx);
  }
  return out;
}

/** `before`: the run before these, whose note needs a separator from a note that starts them. */
function linked(runs: readonly InlineRun[], before: InlineRun | undefined, ctx: InlineWords): string {
  let out = "";
  for (let i = 0; i < runs.length; ) {
    const href = runs[i]!.href;
    let html = "";
    // Consecutive runs of one link (a link with a bold word in it) become one link.
    for (; i < runs.length && runs[i]!.href === href; i++) {
      if (runs[i]!.note !== null && (i > 0 ? runs[i - 1] : before)?.note != null) html += `<sup class="fn-sep">${NOTE_SEPARATOR}</sup>`;
      html += styled(runs[i]!, ctx);
    }
    out += href ? `<a href="${escapeHtml(href)}">${html}</a>` : html;
  }
  return out;
}

/** A suggestion: its kind and author in a title (on hover) and in hidden words before and after it (read aloud). */
function tracked(change: TrackedChange, html: string, words: ExportWords): string {
  const tag = change.kind === "insertion" ? "ins" : "del";
  const when = change.date ? ` datetime="${change.date}"` : "";
  const named = words.changeBy(change.kind, change.author);
  const title = `${named}${change.date ? `, ${dateIn(words, new Date(change.date).getTime())}` : ""}`;
  // Read aloud inside the sentence: in lower case where the language has case ("[inserted by Ana: …]").
  const said = escapeHtml(named.charAt(0).toLocaleLowerCase(words.locale) + named.slice(1));
  return `<${tag} title="${escapeHtml(title)}" data-author="${escapeHtml(change.author)}" data-suggestion="${escapeHtml(change.id)}"${when}><span class="vh">[${said}: </span>${html}<span class="vh">]</span></${tag}>`;
}

/** A passage in another of the six languages than its section's says so, to be read in its own voice. */
const marked = (text: string, language: DocumentLanguage): string =>
  languagePieces(text, language)
    .map((piece) => (piece.language ? `<span lang="${piece.language}">${escapeHtml(piece.text)}</span>` : escapeHtml(piece.text)))
    .join("");

function styled(run: InlineRun, { words, language }: InlineWords): string {
  if (run.lineBreak) return "<br>";
  // A suggested paragraph break or join: a pilcrow for the eye, words for a screen reader (tracked() adds them).
  if (run.paragraphEnd) return `<span aria-hidden="true">¶</span><span class="vh">${escapeHtml(words.paragraphBreak)}</span>`;
  if (run.note !== null) return noteRef(run.note);
  let html = marked(run.text, language);
  if (run.code) html = `<code>${html}</code>`;
  if (run.bold) html = `<strong>${html}</strong>`;
  if (run.italic) html = `<em>${html}</em>`;
  if (run.underline) html = `<u>${html}</u>`;
  if (run.strike) html = `<s>${html}</s>`;
  return html;
}

/** A reference to note `n`: read as "n, Notes" by a screen reader (the list's heading describes it). */
const noteRef = (n: number): string =>
  `<sup class="fn-ref"><a href="#fn-${n}" id="fnref-${n}" role="doc-noteref" aria-describedby="notes">${n}</a></sup>`;

/** "↩" with the text presentation selector, so no platform draws it as a coloured emoji. */
const BACK_ARROW = "\u21A9\uFE0E";

function notesSection(model: RenderModel): string {
  const words = wordsOf(model);
  const notes = allNotes(model);
  if (notes.length === 0) return "";
  // One list for the whole paper, numbered like the references (the model numbers them 1, 2, 3 … in order).
  const items = notes.map(
    (note) => `<li id="fn-${note.number}">${marked(note.text, model.language)} <a href="#fnref-${note.number}" class="fn-back" role="doc-backlink" aria-label="${escapeHtml(words.backToReference(note.number))}">${BACK_ARROW}</a></li>`,
  );
  return `<section class="footnotes" aria-labelledby="notes"><h2 id="notes">${escapeHtml(words.notes)}</h2><ol>${items.join("")}</ol></section>`;
}

/** ` dir="…"` when the block's first letter runs against the direction around it; else nothing. */
function dirOf(node: ProseMirrorNode, ctx: HtmlContext): { attr: string; ctx: HtmlContext } {
  const direction = firstStrongDirection(node.textContent);
  return direction && direction !== ctx.direction ? { attr: ` dir="${direction}"`, ctx: { ...ctx, direction } } : { attr: "", ctx };
}

function block(node: ProseMirrorNode, number: number | null, ctx: HtmlContext, className = ""): string {
  const cls = className ? ` class="${className}"` : "";
  switch (node.type.name) {
    case "paragraph": {
      const dir = dirOf(node, ctx).attr;
      if (number !== null) return `<p class="numbered" id="para-${number}"${dir}><span class="pn">${number}.</span> ${inline(inlineRuns(node, ctx), ctx)}</p>`;
      return `<p${cls}${dir}>${inline(inlineRuns(node, ctx), ctx)}</p>`;
    }
    case "heading": {
      const tag = Number(node.attrs.level) === 3 ? "h4" : "h3";
      return `<${tag}${dirOf(node, ctx).attr}>${inline(inlineRuns(node, ctx), ctx)}</${tag}>`;
    }
    case "bulletList":
      return `<ul${cls}>${items(node, ctx)}</ul>`;
    case "orderedList": {
      const start = typeof node.attrs.start === "number" && node.attrs.start !== 1 ? ` start="${node.attrs.start}"` : "";
      return `<ol${cls}${start}>${items(node, ctx)}</ol>`;
    }
    case "blockquote":
      return `<blockquote${cls}>${children(node, ctx)}</blockquote>`;
    case "codeBlock":
      return `<pre${cls}><code>${escapeHtml(codeLines(node).join("\n"))}</code></pre>`;
    case "horizontalRule":
      return `<hr${cls}>`;
    case "table":
      return table(node, cls, ctx);
    default:
      return node.isTextblock ? `<p${cls}${dirOf(node, ctx).attr}>${inline(inlineRuns(node, ctx), ctx)}</p>` : children(node, ctx);
  }
}

const children = (node: ProseMirrorNode, ctx: HtmlContext): string => {
  let out = "";
  node.forEach((child) => (out += block(child, null, ctx)));
  return out;
};

function items(list: ProseMirrorNode, ctx: HtmlContext): string {
  let out = "";
  list.forEach((item) => {
    // A list item's single paragraph is written without <p>, as people write lists.
    const only = item.childCount === 1 && item.firstChild?.type.name === "paragraph";
    const dir = dirOf(item, ctx);
    out += `<li${dir.attr}>${only ? inline(inlineRuns(item.firstChild!, ctx), ctx) : children(item, dir.ctx)}</li>`;
  });
  return out;
}

function table(node: ProseMirrorNode, cls: string, ctx: HtmlContext): string {
  const rows: string[] = [];
  let head = "";
  node.forEach((row, _offset, index) => {
    let allHeaders = row.childCount > 0;
    row.forEach((cell) => (allHeaders &&= cell.type.name === "tableHeader"));
    let cells = "";
    row.forEach((cell, _o, cellIndex) => {
      const span = `${Number(cell.attrs.colspan) > 1 ? ` colspan="${cell.attrs.colspan}"` : ""}${Number(cell.attrs.rowspan) > 1 ? ` rowspan="${cell.attrs.rowspan}"` : ""}`;
      const dir = dirOf(cell, ctx);
      const content = cell.childCount === 1 && cell.firstChild?.type.name === "paragraph" ? inline(inlineRuns(cell.firstChild, ctx), ctx) : children(cell, dir.ctx);
      if (cell.type.name === "tableHeader") {
        const scope = allHeaders ? "col" : cellIndex === 0 ? "row" : "col";
        cells += `<th scope="${scope}"${span}${dir.attr}>${content}</th>`;
      } else {
        cells += `<td${span}${dir.attr}>${content}</td>`;
      }
    });
    if (index === 0 && allHeaders) head = `<thead><tr>${cells}</tr></thead>`;
    else rows.push(`<tr>${cells}</tr>`);
  });
  return `<table${cls}>${head}<tbody>${rows.join("")}</tbody></table>`;
}

type Language = Pick<RenderModel, "language" | "direction">;

/** ` lang="…" dir="…"` on an element in language `inner` inside one in `outer`, when they differ. */
const languageAttributes = (outer: Language, inner: Language): string =>
  outer.language === inner.language ? "" : ` lang="${inner.language}"${outer.direction === inner.direction ? "" : ` dir="${inner.direction}"`}`;

export function renderHtml(model: RenderModel): string {
  const words = wordsOf(model);
  const parts: string[] = [];
  parts.push(
    `<!DOCTYPE html>\n<html lang="${model.language}" dir="${model.direction}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeHtml(model.title)}${model.draft ? escapeHtml(words.draftTitle) : ""}</title>`,
    `<meta name="generator" content="Penholder">\n<style>${model.suggestions === "tracked" ? `${CSS}\n${TRACKED_CSS}` : CSS}</style>\n</head>\n<body>`,
  );
  if (model.draft) parts.push(`<p class="draft" role="note"><strong>${escapeHtml(words.draft)}</strong> — ${escapeHtml(draftNote(model))}${words.stop}</p>`);
  parts.push(`<header class="title">`, `<p class="bodies">${escapeHtml(model.submittingBodies)}</p>`, `<h1>${escapeHtml(model.title)}</h1>`);
  if (model.description) parts.push(`<p class="meta"><em>${escapeHtml(model.description)}</em></p>`);
  parts.push(
    `<p class="meta">${escapeHtml(words.submittedBy(model.submittingBodies))}<br><strong><time datetime="${model.isoDate}">${escapeHtml(model.dateText)}</time></strong><br>${escapeHtml(model.versionLabel)}</p>`,
  );
  if (model.contributors.length > 0) parts.push(`<p class="meta">${escapeHtml(preparedWith(model))}</p>`);
  if (model.suggestions === "tracked") parts.push(`<p class="meta" role="note">${escapeHtml(trackedNote(model, "html"))}</p>`);
  parts.push(`</header>`);
  if (model.toc && model.sections.length > 0) {
    parts.push(`<nav aria-labelledby="contents"><h2 id="contents">${escapeHtml(words.contents)}</h2><ol>`);
    for (const section of model.sections) parts.push(`<li${languageAttributes(model, section)}><a href="#section-${escapeHtml(section.id)}">${escapeHtml(section.title)}</a></li>`);
    parts.push(`</ol></nav>`);
  }
  parts.push(`<main>`);
  for (const section of model.sections) {
    parts.push(`<section aria-labelledby="section-${escapeHtml(section.id)}"${languageAttributes(model, section)}>`, `<h2 id="section-${escapeHtml(section.id)}">${escapeHtml(section.title)}</h2>`);
    // The status line is the export's own words, in the document's language.
    if (model.draft) parts.push(`<p class="status"${languageAttributes(section, model)}>${escapeHtml(section.ownerGroup.name)} · ${escapeHtml(words.status[section.status])}</p>`);
    const ctx: HtmlContext = { ...model.inline, direction: section.direction, words, language: section.language };
    for (const item of section.blocks) {
      const continuation = model.numbering && item.number === null && item.node.type.name !== "heading" ? "cont" : "";
      parts.push(block(item.node, item.number, ctx, continuation));
    }
    parts.push(`</section>`);
  }
  const notes = notesSection(model);
  if (notes) parts.push(notes);
  parts.push(`</main>\n</body>\n</html>\n`);
  return parts.join("\n");
}
