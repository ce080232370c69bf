import { alternateContent, child, childrenNamed, val, type XmlElement } from "./xml";

// word/numbering.xml: a paragraph names a numbering instance (numId) and a level (ilvl); the instance points at
// an abstract definition whose level says bullet or number format and the first number; the instance may
// override a level's start.

export interface ListLevel {
  kind: "bullet" | "ordered";
  /** The number of the first item (ordered lists). */
  start: number;
  /** HTML list type for letters and roman numerals, null for decimal. */
  type: "a" | "A" | "i" | "I" | null;
}

interface Level {
  format: string;
  start: number;
}

const LIST_TYPES: Record<string, ListLevel["type"]> = {
  lowerLetter: "a",
  upperLetter: "A",
  lowerRoman: "i",
  upperRoman: "I",
};

function numFmt(lvl: XmlElement): string | undefined {
  const direct = val(lvl, "w:numFmt");
  if (direct !== undefined) return direct;
  // Word 2010+ wraps custom formats in mc:AlternateContent with a plain fallback.
  for (const alternate of childrenNamed(lvl, "mc:AlternateContent")) {
    const format = alternateContent(alternate).find((e) => e.name === "w:numFmt")?.attrs.get("w:val");
    if (format !== undefined) return format;
  }
  return undefined;
}

function readLevel(lvl: XmlElement): Level {
  const start = Number.parseInt(val(lvl, "w:start") ?? "1", 10);
  return { format: numFmt(lvl) ?? "decimal", start: Number.isFinite(start) ? start : 1 };
}

const levelIndex = (element: XmlElement): number => Number.parseInt(element.attrs.get("w:ilvl") ?? "0", 10) || 0;

function readLevels(parent: XmlElement): Map<number, Level> {
  return new Map(childrenNamed(parent, "w:lvl").map((lvl) => [levelIndex(lvl), readLevel(lvl)]));
}

export class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly instances = new Map<string, { abstractId: string; overrides: Map<number, Partial<Level>> }>();

  constructor(root: XmlElement | undefined) {
    for (const abstract of childrenNamed(root, "w:abstractNum")) {
      const id = abstract.attrs.get("w:abstractNumId");
      if (id !== undefined) this.abstracts.set(id, readLevels(abstract));
    }
    for (const num of childrenNamed(root, "w:num")) {
      const numId = num.attrs.get("w:numId");
      const abstractId = val(num, "w:abstractNumId");
      if (numId === undefined || abstractId === undefined) continue;
      const overrides = new Map<number, Partial<Level>>();
      for (const override of childrenNamed(num, "w:lvlOverride")) {
        const startOverride = val(override, "w:startOverride");
        const redefined = child(override, "w:lvl");
        const level: Partial<Level> = redefined ? readLevel(redefined) : {};
        if (startOverride !== undefined && Number.isFinite(Number.parseInt(startOverride, 10))) level.start = Number.parseInt(startOverride, 10);
        overrides.set(levelIndex(override), level);
      }
      this.instances.set(numId, { abstractId, overrides });
    }
  }

  /**
   * The list level a paragraph is in; undefined when the instance is unknown (a damaged file, or numbering.xml
   * missing), null when that level shows no number or bullet at all (format "none": not a list).
   */
  level(numId: string, ilvl: number): ListLevel | null | undefined {
    const instance = this.instances.get(numId);
    if (!instance) return undefined;
    const base = this.abstracts.get(instance.abstractId)?.get(ilvl);
    const level = { format: "decimal", start: 1, ...base, ...instance.overrides.get(ilvl) };
    if (level.format === "none") return null;
    if (level.format === "bullet") return { kind: "bullet", start: 1, type: null };
    return { kind: "ordered", start: level.start, type: LIST_TYPES[level.format] ?? null };
  }
}
