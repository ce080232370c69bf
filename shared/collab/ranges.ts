import * as Y from "yjs";
import * as buffer from "lib0/buffer";
import { schema } from "../editor/schema";
import { sectionIdOfRoot } from "./protocol";

// Anchored ranges (comments, amendments) as Yjs relative positions, read the same way by the server and the
// browser, so the "original text" a proposer sends is the text the server compares. A section is read as a flat
// run of tokens in document order: texts, inline leaves (a hard break, a footnote) and block boundaries. Inline
// leaves are single Y.XmlElements between the texts of a paragraph, and the editor anchors a place next to one by
// the paragraph and a child index rather than by a text: both kinds of position are points in the run.

/** Each token knows its `block`: the element (or root) whose child it is, or for a close token, the one it closes. */
export type Token =
  | { kind: "text"; node: Y.XmlText; block: Y.XmlElement | Y.XmlFragment }
  | { kind: "leaf"; node: Y.XmlElement; block: Y.XmlElement | Y.XmlFragment; reading: string | null }
  | { kind: "open"; node: Y.XmlElement; block: Y.XmlElement | Y.XmlFragment; close: number }
  | { kind: "close"; node: Y.XmlElement; block: Y.XmlElement };

/** A place between characters: `offset` characters into a text token, or just before any other token. */
export interface Point {
  token: number;
  offset: number;
}

export interface AnchoredRange {
  /** The root type the range lies in, `section:<id>`. */
  root: string;
  /** Every token of that root, in document order. */
  tokens: Token[];
  start: Point;
  end: Point;
}

/** A relative position as the API carries it (base64), in the browser and on the server alike. */
export const encodePosition = (position: Y.RelativePosition): string => buffer.toBase64(Y.encodeRelativePosition(position));

/** Null for anything that is not a position: such an anchor counts as detached, never as an error. */
export function decodePosition(base64: string): Y.RelativePosition | null {
  try {
    return Y.decodeRelativePosition(buffer.fromBase64(base64));
  } catch {
    return null;
  }
}

/** Any shared type, as Yjs's own functions take it. */
type SharedType = Parameters<typeof Y.findRootTypeKey>[0];

/** The name of the root type a shared type sits in. */
export function rootName(type: SharedType): string {
  let current = type;
  while (current._item) current = current._item.parent as SharedType;
  return Y.findRootTypeKey(current);
}

/**
 * How an inline leaf reads: its schema's `leafText` (a footnote: " [text]"), or null for a line break. The leaf's
 * attributes are those y-tiptap wrote from the node's.
 */
function readingOf(element: Y.XmlElement): string | null {
  const type = schema.nodes[element.nodeName];
  const leafText = type?.spec.leafText;
  return type && leafText ? leafText(type.create(element.getAttributes())) : null;
}

const isInlineLeaf = (element: Y.XmlElement): boolean => schema.nodes[element.nodeName]?.isInline === true;
const isTextblock = (element: Y.XmlElement): boolean => schema.nodes[element.nodeName]?.isTextblock === true;

interface Flat {
  tokens: Token[];
  /** Where each node's tokens start, and where each element's close token is. */
  first: Map<unknown, number>;
  close: Map<unknown, number>;
}

function flatten(root: Y.XmlFragment): Flat {
  const flat: Flat = { tokens: [], first: new Map(), close: new Map() };
  const walk = (block: Y.XmlElement | Y.XmlFragment) => {
    for (const child of block.toArray()) {
      flat.first.set(child, flat.tokens.length);
      if (child instanceof Y.XmlText) {
        flat.tokens.push({ kind: "text", node: child, block });
      } else if (child instanceof Y.XmlElement && isInlineLeaf(child)) {
        flat.tokens.push({ kind: "leaf", node: child, block, reading: readingOf(child) });
      } else if (child instanceof Y.XmlElement) {
        const open = { kind: "open" as const, node: child, block, close: -1 };
        flat.tokens.push(open);
        walk(child);
        open.close = flat.tokens.length;
        flat.close.set(child, open.close);
        flat.tokens.push({ kind: "close", node: child, block: child });
      }
    }
  };
  walk(root);
  return flat;
}

/** The point of a resolved position: in a text, or before a child of a textblock (the end, past the last one). */
function pointOf(position: Y.AbsolutePosition, flat: Flat): Point | null {
  const { type, index } = position;
  if (type instanceof Y.XmlText) {
    const token = flat.first.get(type);
    return token === undefined ? null : { token, offset: Math.min(index, type.length) };
  }
  if (!(type instanceof Y.XmlElement) || !isTextblock(type)) return null;
  const token = index < type.length ? flat.first.get(type.get(index)) : flat.close.get(type);
  return token === undefined ? null : { token, offset: 0 };
}

const compare = (a: Point, b: Point): number => a.token - b.token || a.offset - b.offset;

/** A decoded position can still be nonsense (bytes that happen to decode): Yjs throws on some of those. */
function absolute(position: Y.RelativePosition, doc: Y.Doc): Y.AbsolutePosition | null {
  try {
    return Y.createAbsolutePositionFromRelativePosition(position, doc);
  } catch {
    return null;
  }
}

/** Resolves a start/end pair inside one root; null when either end is gone, or they point into other roots. */
export function resolveAnchor(doc: Y.Doc, startRel: Y.RelativePosition, endRel: Y.RelativePosition): AnchoredRange | null {
  const start = absolute(startRel, doc);
  const end = absolute(endRel, doc);
  if (!start || !end) return null;
  const root = rootName(start.type);
  // Anchors live in section text; any other root is not an XmlFragment to read.
  if (rootName(end.type) !== root || sectionIdOfRoot(root) === null) return null;
  const flat = flatten(doc.getXmlFragment(root));
  const startPoint = pointOf(start, flat);
  const endPoint = pointOf(end, flat);
  if (!startPoint || !endPoint || compare(startPoint, endPoint) > 0) return null;
  return { root, tokens: flat.tokens, start: startPoint, end: endPoint };
}

/** A text's characters; Yjs embeds (which y-tiptap never writes) read as nothing. */
export const plain = (text: Y.XmlText): string =>
  text
    .toDelta()
    .map((op: { insert?: unknown }) => (typeof op.insert === "string" ? op.insert : ""))
    .join("");

/**
 * The text between the two ends, as the editor shows it (ProseMirror's `textBetween(from, to, "\n")`): a line break
 * between blocks and for a hard break, a footnote as " [its text]". A range from the end of one paragraph into the
 * next starts with its line break; one ending at the start of a paragraph ends with it.
 */
export function textOfAnchor(range: AnchoredRange): string {
  const { tokens, start, end } = range;
  let out = "";
  let pendingBreak = false;
  const emit = (text: string) => {
    if (pendingBreak) out += "\n";
    out += text;
    pendingBreak = false;
  };
  for (let i = start.token; i <= end.token && i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === "text") {
      emit(plain(token.node).slice(i === start.token ? start.offset : 0, i === end.token ? end.offset : undefined));
    } else if (i === end.token) {
      emit(""); // the end is just before this token, inside the block a break led to
    } else if (token.kind === "leaf" && token.reading !== null) {
      emit(token.reading);
    } else {
      pendingBreak = true;
    }
  }
  return out;
}
