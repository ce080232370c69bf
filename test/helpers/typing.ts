import * as Y from "yjs";
import { openStore } from "../../server/store/store";
import { loadDocumentState } from "../../server/collab/documentState";
import { connectProvider, eventually, sectionText, typeParagraph, type ProviderClient } from "../helpers/collab";

// People typing through several instances, and what the tests check afterwards: the lines each typed, each
// client's text, and what PostgreSQL holds.

export interface Typist {
  client: ProviderClient;
  /** Lines typed so far. */
  typed: string[];
  stop(): void;
}

/** A client that appends a numbered line to the section every `everyMs` while connected. */
export function startTyping(httpUrl: string, cookie: string, documentId: string, sectionId: string, label: string, everyMs = 40): Typist {
  const client = connectProvider(httpUrl, cookie, documentId);
  const typed: string[] = [];
  const timer = setInterval(() => {
    if (!client.provider.wsconnected || !client.provider.synced) return;
    const line = `${label}-${typed.length + 1}`;
    typeParagraph(client.doc, sectionId, line);
    typed.push(line);
  }, everyMs);
  return {
    client,
    typed,
    stop: () => clearInterval(timer),
  };
}

export const linesOf = (doc: Y.Doc, sectionId: string) => sectionText(doc, sectionId).split("\n");

/** The section as PostgreSQL holds it now, read through a store of its own. */
export async function storedLines(databaseUrl: string, documentId: string, sectionId: string): Promise<string[]> {
  const store = await openStore(databaseUrl);
  try {
    const doc = await loadDocumentState(store, documentId);
    const lines = linesOf(doc, sectionId);
    doc.destroy();
    return lines;
  } finally {
    await store.close();
  }
}

/** Waits until every client shows the same text for the section, holding every line in `lines`. */
export async function converged(clients: readonly ProviderClient[], sectionId: string, lines: readonly string[], timeoutMs = 20_000): Promise<string[]> {
  await eventually(
    () => {
      const texts = clients.map((c) => sectionText(c.doc, sectionId));
      if (texts.some((t) => t !== texts[0])) return false;
      const have = new Set(linesOf(clients[0]!.doc, sectionId));
      return lines.every((line) => have.has(line));
    },
    `${clients.length} clients converge on ${lines.length} lines`,
    timeoutMs,
  );
  return linesOf(clients[0]!.doc, sectionId);
}

/** Lines that appear more than once. */
export function duplicated(lines: readonly string[]): string[] {
  const seen = new Set<string>();
  return lines.filter((line) => (seen.has(line) ? true : (seen.add(line), false)));
}
