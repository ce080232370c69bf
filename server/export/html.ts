import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { allNotes, draftNote, listWords, STATUS_WORDS, type RenderModel } from "./model";
import { codeLines, inlineRuns, NOTE_SEPARATOR, type InlineRun, type NoteNumbers } from "./inline";

// A standalone, accessible HTML file: one h1 (the title), h2 per section, h3/h4 for headings inside the text,
// real lists and tables (th with scope), visible paragraph numbers with an anchor each (#para-12), a DRAFT banner,
// footnote references linked to one list of notes at the end (#fn-3) and back (#fnref-3), as on the web.
// Minimal inline CSS, no scripts, nothing loaded from elsewhere.

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
p.numbered{position:relative;padding-left:2.5em;text-align:justify}
p.numbered .pn{position:absolute;left:0}
.cont{margin-left:2.5em}
p{margin:.5em 0}
blockquote{border-left:3px solid #9ca3af;margin:.8em 0 .8em 1.5em;padding-left:1em;font-style:italic;color:#374151}
table{border-collapse:collapse;margin:1em 0;font-size:.92em}
th,td{border:1px solid #8c96a0;padding:.3em .55em;text-align:left;vertical-align:top}
th{background:#e8ecf2}
pre{background:#f3f4f6;padding:.6em;overflow-x:auto}
code{font-family:"Courier New",Cousine,monospace;font-size:.9em}
a{color:#1f4e99}
nav ol{padding-left:1.4em}
sup.fn-ref,sup.fn-sep{line-height:0}
sup.fn-ref a{text-decoration:none}
.footnotes{border-top:1px solid #d1d5db;margin-top:3em;font-size:.92em}
.footnotes h2{font-size:1.1em}
a.fn-back{text-decoration:none}
@media print{.draft{break-inside:avoid}body{max-width:none}}
`.trim();

function inline(runs: readonly InlineRun[]): string {
  let out = "";
  for (let i = 0; i < runs.length; ) {
    const href = runs[i]!.href;
    let html = "";
    // Consecutive runs of one link (a link with a bold word in it) become one link.
    for (; i < runs.length && runs[i]!.href === href; i++) {
      if (runs[i]!.note !== null && runs[i - 1]?.note != null) html += `<sup class="fn-sep">${NOTE_SEPARATOR}</sup>`;
      html += styled(runs[i]!);
    }
    out += href ? `<a href="${escapeHtml(href)}">${html}</a>` : html;
  }
  return out;
}

function styled(run: InlineRun): string {
  if (run.lineBreak) return "<br>";
  if (run.note !== null) return noteRef(run.note);
  let html = escapeHtml(run.text);
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
  const notes = allNotes(model);
  if (notes.length === 0) return "";
  // One list for the whole paper, numbered like the references (the model numbers them 1, 2, 3 … in order).
  const items = notes.map(
    (note) => `<li id="fn-${note.number}">${escapeHtml(note.text)} <a href="#fnref-${note.number}" class="fn-back" role="doc-backlink" aria-label="Back to reference ${note.number}">${BACK_ARROW}</a></li>`,
  );
  return `<section class="footnotes" aria-labelledby="notes"><h2 id="notes">Notes</h2><ol>${items.join("")}</ol></section>`;
}

function block(node: ProseMirrorNode, number: number | null, notes: NoteNumbers, className = ""): string {
  const cls = className ? ` class="${className}"` : "";
  switch (node.type.name) {
    case "paragraph":
      if (number !== null) return `<p class="numbered" id="para-${number}"><span class="pn">${number}.</span> ${inline(inlineRuns(node, notes))}</p>`;
      return `<p${cls}>${inline(inlineRuns(node, notes))}</p>`;
    case "heading": {
      const tag = Number(node.attrs.level) === 3 ? "h4" : "h3";
      return `<${tag}>${inline(inlineRuns(node, notes))}</${tag}>`;
    }
    case "bulletList":
      return `<ul${cls}>${items(node, notes)}</ul>`;
    case "orderedList": {
      const start = typeof node.attrs.start === "number" && node.attrs.start !== 1 ? ` start="${node.attrs.start}"` : "";
      return `<ol${cls}${start}>${items(node, notes)}</ol>`;
    }
    case "blockquote":
      return `<blockquote${cls}>${children(node, notes)}</blockquote>`;
    case "codeBlock":
      return `<pre${cls}><code>${escapeHtml(codeLines(node).join("\n"))}</code></pre>`;
    case "horizontalRule":
      return `<hr${cls}>`;
    case "table":
      return table(node, cls, notes);
    default:
      return node.isTextblock ? `<p${cls}>${inline(inlineRuns(node, notes))}</p>` : children(node, notes);
  }
}

const children = (node: ProseMirrorNode, notes: NoteNumbers): string => {
  let out = "";
  node.forEach((child) => (out += block(child, null, notes)));
  return out;
};

function items(list: ProseMirrorNode, notes: NoteNumbers): string {
  let out = "";
  list.forEach((item) => {
    // A list item's single paragraph is written without <p>, as people write lists.
    const only = item.childCount === 1 && item.firstChild?.type.name === "paragraph";
    out += `<li>${only ? inline(inlineRuns(item.firstChild!, notes)) : children(item, notes)}</li>`;
  });
  return out;
}

function table(node: ProseMirrorNode, cls: string, notes: NoteNumbers): string {
  const rows: string[] = [];
  let head = "";
  node.forEach((row, _offset, index) => {
    let allHeaders = row.childCount > 0;
    row.forEach((cell) => (allHeaders &&= cell.type.name === "tableHeader"));
    let cells = "";
    row.forEach((cell, _o, cellIndex) => {
      const span = `${Number(cell.attrs.colspan) > 1 ? ` colspan="${cell.attrs.colspan}"` : ""}${Number(cell.attrs.rowspan) > 1 ? ` rowspan="${cell.attrs.rowspan}"` : ""}`;
      const content = cell.childCount === 1 && cell.firstChild?.type.name === "paragraph" ? inline(inlineRuns(cell.firstChild, notes)) : children(cell, notes);
      if (cell.type.name === "tableHeader") {
        const scope = allHeaders ? "col" : cellIndex === 0 ? "row" : "col";
        cells += `<th scope="${scope}"${span}>${content}</th>`;
      } else {
        cells += `<td${span}>${content}</td>`;
      }
    });
    if (index === 0 && allHeaders) head = `<thead><tr>${cells}</tr></thead>`;
    else rows.push(`<tr>${cells}</tr>`);
  });
  return `<table${cls}>${head}<tbody>${rows.join("")}</tbody></table>`;
}

export function renderHtml(model: RenderModel): string {
  const parts: string[] = [];
  parts.push(
    `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeHtml(model.title)}${model.draft ? " (draft)" : ""}</title>`,
    `<meta name="generator" content="Penholder">\n<style>${CSS}</style>\n</head>\n<body>`,
  );
  if (model.draft) parts.push(`<p class="draft" role="note"><strong>DRAFT</strong> — ${escapeHtml(draftNote(model))}.</p>`);
  parts.push(`<header class="title">`, `<p class="bodies">${escapeHtml(model.submittingBodies)}</p>`, `<h1>${escapeHtml(model.title)}</h1>`);
  if (model.description) parts.push(`<p class="meta"><em>${escapeHtml(model.description)}</em></p>`);
  parts.push(
    `<p class="meta">Submitted by the ${escapeHtml(model.submittingBodies)}<br><strong><time datetime="${model.isoDate}">${escapeHtml(model.dateText)}</time></strong><br>${escapeHtml(model.versionLabel)}</p>`,
  );
  if (model.contributors.length > 0) parts.push(`<p class="meta">Prepared with contributions from ${escapeHtml(listWords(model.contributors))}.</p>`);
  parts.push(`</header>`);
  if (model.toc && model.sections.length > 0) {
    parts.push(`<nav aria-labelledby="contents"><h2 id="contents">Contents</h2><ol>`);
    for (const section of model.sections) parts.push(`<li><a href="#section-${escapeHtml(section.id)}">${escapeHtml(section.title)}</a></li>`);
    parts.push(`</ol></nav>`);
  }
  parts.push(`<main>`);
  for (const section of model.sections) {
    parts.push(`<section aria-labelledby="section-${escapeHtml(section.id)}">`, `<h2 id="section-${escapeHtml(section.id)}">${escapeHtml(section.title)}</h2>`);
    if (model.draft) parts.push(`<p class="status">${escapeHtml(section.ownerGroup.name)} · ${STATUS_WORDS[section.status]}</p>`);
    for (const item of section.blocks) {
      const continuation = model.numbering && item.number === null && item.node.type.name !== "heading" ? "cont" : "";
      parts.push(block(item.node, item.number, model.noteNumbers, continuation));
    }
    parts.push(`</section>`);
  }
  const notes = notesSection(model);
  if (notes) parts.push(notes);
  parts.push(`</main>\n</body>\n</html>\n`);
  return parts.join("\n");
}
