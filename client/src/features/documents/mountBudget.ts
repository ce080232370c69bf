import type * as Y from "yjs";
import { sectionRootName } from "../../../../shared/collab/protocol";

/**
 * Top-level blocks (paragraphs, headings, lists, tables) up to which a paper mounts every editor, in idle time
 * after the first ones: the demo paper has about 70; 300 is some 25 pages, whose editors take well under a second
 * of idle time together. A longer paper mounts editors only as its sections come near the viewport.
 */
export const MOUNT_EVERYTHING_BLOCKS = 300;

export function mountsEverything(doc: Y.Doc, sectionIds: readonly string[]): boolean {
  let blocks = 0;
  for (const id of sectionIds) {
    blocks += doc.getXmlFragment(sectionRootName(id)).length;
    if (blocks > MOUNT_EVERYTHING_BLOCKS) return false;
  }
  return true;
}
