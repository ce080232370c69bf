import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { allNotes, draftNote, preparedWith, trackedNote, wordsOf, type RenderModel } from "./model";
import { codeLines, inlineRuns, NOTE_SEPARATOR, sameChange, type InlineContext, type InlineRun, type TrackedChange } from "./inline";

// GitHub-flavoured Markdown. A numbered paragraph is written "12\. text": the escaped dot keeps Markdown from
// turning paragraph 12 into an ordered list renumbered from 1, and it still reads "12. text" once rendered.
// Footnotes are GFM footnotes: "[^3]" where the reference stands, "[^3]: text" at the end, labelled with the
// model's numbers (GitHub numbers them by first reference, which is the same order).
// A tracked export writes suggestions in CriticMarkup, each followed by its author as a CriticMarkup comment:
// "{++inserted++}{>>Ana Lima, 3 March 2026<<}", "{--deleted--}{>>…<<}", and "{++¶++}" for a suggested paragraph
// break ("{--¶--}" a join). Braces in its text are escaped, so words cannot be read as markup.

/** Escapes what Markdown would read as markup inside running text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>~|#]/g, "\\$&").replace(/&(?=#?[a-z0-9]+;)/gi, "\\&");
}

/** In a tracked export: also the braces CriticMarkup is written with. */
const escapeTracked = (text: string): string => escapeMarkdown(text).replace(/[{}]/g, "\\$&");

/** Escapes what would start a block at the beginning of a line: "- ", "+ ", "1. ", "2) ", a setext "=" or "-" line. */
function escapeLineStarts(text: string, fromLine = 0): string {
  return text
    .split("\n")
    .map((line, index) => (index < fromLine ? line : line.replace(/^([-+=])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2")))
    .join("\n");
}

type Mark = "bold" | "italic" | "strike" | "underline";
const ORDER: Mark[] = ["bold", "italic", "strike", "underline"];
const OPEN: Record<Mark, string> = { bold: "**", italic: "*", strike: "~~", underline: "<u>" };
const CLOSE: Record<Mark, string> = { bold: "**", italic: "*", strike: "~~", underline: "</u>" };

const NOTE_REF_END = /\[\^\d+\]$/;

function code(text: string): string {
  const fence = text.includes("`") ? "``" : "`";
  return `${fence}${fence === "``" ? ` ${text} ` : text}${fence}`;
}

/** Marks as nested delimiters, spaces kept outside them (CommonMark emphasis must hug its text). */
function styledText(runs: readonly InlineRun[], lineBreak: string, escape: (text: string) => string): string {
  let out = "";
  const open: Mark[] = [];
  const closeTo = (keep: number) => {
    const trailing = /\s*$/.exec(out)![0];
    out = out.slice(0, out.length - trailing.length);
    while (open.length > keep) out += CLOSE[open.pop()!];
    out += trailing;
  };
  for (const run of runs) {
    if (run.lineBreak) {
      closeTo(0);
      out += lineBreak;
      continue;
    }
    if (run.paragraphEnd) {
      closeTo(0);
      out += "¶";
      continue;
    }
    if (run.note !== null) {
      closeTo(0);
      if (NOTE_REF_END.test(out.slice(-16))) out += `<sup>${NOTE_SEPARATOR}</sup>`;
      out += `[^${run.note}]`;
      continue;
    }
    const wanted = ORDER.filter((mark) => run[mark]);
    let keep = 0;
    while (keep < open.length && wanted.includes(open[keep]!)) keep++;
    closeTo(keep);
    const leading = /^\s*/.exec(run.text)![0];
    const body = run.text.slice(leading.length);
    out += leading;
    if (body.length === 0) continue;
    for (const mark of wanted) {
      if (!open.includes(mark)) {
        out += OPEN[mark];
        open.push(mark);
      }
    }
    const piece = run.code ? code(body) : escape(body);
    // "[^3]:" opening a line would define note 3 instead of referring to it, and "[^3](" reads as a link.
    out += /^[:(]/.test(piece) && NOTE_REF_END.test(out.slice(-16)) ? `\\${piece}` : piece;
  }
  closeTo(0);
  return out;
}

const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

function critic(change: TrackedChange, text: string): string {
  const mark = change.kind === "insertion" ? "++" : "--";
  const who = `${change.author}${change.date ? `, ${DAY.format(new Date(change.date))}` : ""}`;
  return `{${mark}${text}${mark}}{>>${escapeTracked(who)}<<}`;
}

/** A textblock's inline content. */
function inline(node: ProseMirrorNode, ctx: InlineContext, lineBreak = "\\\n"): string {
  const runs = inlineRuns(node, ctx);
  const escape = ctx.changes ? escapeTracked : escapeMarkdown;
  let out = "";
  for (let i = 0; i < runs.length; ) {
    // Runs of one suggestion (or of agreed text) together, then links inside them.
    const change = runs[i]!.change;
    const group: InlineRun[] = [];
    for (; i < runs.length && sameChange(runs[i]!.change, change); i++) group.push(runs[i]!);
    const text = linked(group, lineBreak, escape);
    out += change ? critic(change, text) : text;
  }
  return out;
}

function linked(runs: readonly InlineRun[], lineBreak: string, escape: (text: string) => string): string {
  let out = "";
  for (let i = 0; i < runs.length; ) {
    const href = runs[i]!.href;
    const group: InlineRun[] = [];
    for (; i < runs.length && runs[i]!.href === href; i++) group.push(runs[i]!);
    const text = styledText(group, lineBreak, escape);
    out += href ? `[${text}](<${href.replace(/[<>\s]/g, encodeURIComponent)}>)` : text;
  }
  return out;
}

function block(node: ProseMirrorNode, number: number | null, ctx: InlineContext): string[] {
  switch (node.type.name) {
    case "paragraph": {
      const text = inline(node, ctx);
      return (number !== null ? `${number}\\. ${escapeLineStarts(text, 1)}` : escapeLineStarts(text)).split("\n");
    }
    case "heading":
      return [`${Number(node.attrs.level) === 3 ? "####" : "###"} ${inline(node, ctx, " ")}`];
    case "bulletList":
    case "orderedList":
      return list(node, ctx);
    case "blockquote":
      return blocks(node, ctx).map((line) => (line ? `> ${line}` : ">"));
    case "codeBlock": {
      const lines = codeLines(node);
      const fence = lines.some((line) => line.includes("```")) ? "~~~~" : "```";
      const language = typeof node.attrs.language === "string" ? node.attrs.language.replace(/[^\w+-]/g, "") : "";
      return [`${fence}${language}`, ...lines, fence];
    }
    case "horizontalRule":
      return ["---"];
    case "table":
      return table(node, ctx);
    default:
      return node.isTextblock ? escapeLineStarts(inline(node, ctx)).split("\n") : blocks(node, ctx);
  }
}

/** Child blocks separated by blank lines. */
function blocks(node: ProseMirrorNode, ctx: InlineContext): string[] {
  const out: string[] = [];
  node.forEach((child, _o, index) => {
    if (index > 0) out.push("");
    out.push(...block(child, null, ctx));
  });
  return out;
}

function list(node: ProseMirrorNode, ctx: InlineContext): string[] {
  const ordered = node.type.name === "orderedList";
  const start = typeof node.attrs.start === "number" ? node.attrs.start : 1;
  const out: string[] = [];
  node.forEach((item, _o, index) => {
    const marker = ordered ? `${start + index}.` : "-";
    const pad = " ".repeat(marker.length + 1);
    const lines = blocks(item, ctx);
    lines.forEach((line, i) => out.push(i === 0 ? `${marker} ${line}` : line ? `${pad}${line}` : ""));
  });
  return out;
}

function table(node: ProseMirrorNode, ctx: InlineContext): string[] {
  const rows: string[][] = [];
  let header = false;
  node.forEach((row, _o, index) => {
    const cells: string[] = [];
    let allHeaders = row.childCount > 0;
    row.forEach((cell) => {
      allHeaders &&= cell.type.name === "tableHeader";
      const parts: string[] = [];
      // A GFM cell is one line: a list or quote inside it becomes its lines' text, references kept.
      cell.descendants((child) => {
        if (!child.isTextblock) return true;
        parts.push(inline(child, ctx, "<br>"));
        return false;
      });
      const text = parts.join("<br>").replace(/\n/g, " ");
      cells.push(text);
      for (let extra = 1; extra < (Number(cell.attrs.colspan) || 1); extra++) cells.push("");
    });
    if (index === 0) header = allHeaders;
    rows.push(cells);
  });
  const columns = Math.max(1, ...rows.map((r) => r.length));
  const line = (cells: readonly string[]) => `| ${Array.from({ length: columns }, (_, i) => cells[i] ?? "").join(" | ")} |`;
  const head = header ? rows.shift()! : [];
  return [line(head), `|${" --- |".repeat(columns)}`, ...rows.map(line)];
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function anchors(): (text: string) => string {
  const seen = new Map<string, number>();
  return (text) => {
    const base = text.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, "").trim().replace(/\s/g, "-");
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}-${count}`;
  };
}

export function renderMarkdown(model: RenderModel): string {
  const out: string[] = [];
  const anchor = anchors();
  anchor(model.title);
  const words = wordsOf(model);
  // Markdown has no place for a language: an HTML comment says it, for the tool that turns the file into a page.
  if (model.language !== "en") out.push(`<!-- lang: ${model.language}; dir: ${model.direction} -->`, "");
  out.push(`# ${escapeMarkdown(model.title)}`, "");
  if (model.draft) out.push(`> **${escapeMarkdown(words.draft)}** — ${escapeMarkdown(draftNote(model))}${words.stop}`, "");
  out.push(`${escapeMarkdown(words.submittedBy(model.submittingBodies))}\\`, `**${model.dateText}**\\`, escapeMarkdown(model.versionLabel), "");
  if (model.description) out.push(`*${escapeMarkdown(model.description)}*`, "");
  if (model.contributors.length > 0) out.push(escapeMarkdown(preparedWith(model)), "");
  if (model.suggestions === "tracked") out.push(`*${escapeTracked(trackedNote(model, "md"))}*`, "");
  const sectionAnchors = new Map<string, string>();
  if (model.toc && model.sections.length > 0) anchor(words.contents);
  for (const section of model.sections) sectionAnchors.set(section.id, anchor(section.title));
  if (model.toc && model.sections.length > 0) {
    out.push(`## ${escapeMarkdown(words.contents)}`, "");
    for (const section of model.sections) out.push(`- [${escapeMarkdown(section.title)}](#${sectionAnchors.get(section.id)})`);
    out.push("");
  }
  for (const section of model.sections) {
    out.push(`## ${escapeMarkdown(section.title)}`, "");
    if (model.draft) out.push(`*${escapeMarkdown(section.ownerGroup.name)} · ${escapeMarkdown(words.status[section.status])}*`, "");
    for (const item of section.blocks) out.push(...block(item.node, item.number, model.inline), "");
  }
  // Definitions in one line each; escaped like text, and at a line's start like a paragraph ("[^1]: - x" would
  // otherwise make a list inside the note).
  for (const note of allNotes(model)) out.push(`[^${note.number}]: ${escapeLineStarts(escapeMarkdown(note.text))}`);
  return `${out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd()}\n`;
}
