import * as Y from "yjs";
import type { Repos } from "../store/store";
import { applyLog } from "./updateLog";
import { blocksOf, readBlocks, readSections, sectionRootName, writeBlocks, type ContentBlock } from "../../shared/editor/content";

/** Rebuilds a document's Y.Doc from its stored update log. */
export async function loadDocumentState(repos: Repos, documentId: string): Promise<Y.Doc> {
  const doc = new Y.Doc({ gc: true });
  // The room's chunked loader: Y.mergeUpdates over a long log grows far faster than linearly (docs/DECISIONS.md).
  await applyLog(doc, await repos.documents.updates(documentId));
  return doc;
}

/** One Yjs update that writes starter text into fresh section fragments. */
export function starterTextUpdate(sections: readonly { id: string; blocks: readonly ContentBlock[] }[]): Uint8Array {
  const doc = new Y.Doc();
  doc.transact(() => {
    for (const section of sections) writeBlocks(doc.getXmlFragment(sectionRootName(section.id)), section.blocks);
  });
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

/** One section's content for plain readers. */
export function sectionContent(doc: Y.Doc, sectionId: string): ContentBlock[] {
  return readBlocks(doc.getXmlFragment(sectionRootName(sectionId)));
}

/**
 * Sections' content for plain readers, from one copy of the document: reading each section on its own copies the
 * whole document per section (a 40-section paper took about 2 s for the document API that way).
 */
export function sectionsContent(doc: Y.Doc, sectionIds: readonly string[]): Map<string, ContentBlock[]> {
  const sections = readSections(doc, sectionIds);
  return new Map(sectionIds.map((id) => [id, blocksOf(sections.get(id)!)]));
}
