import type { Store } from "../store/store";
import { canEditSection, canSuggestInSection, type Actor, type SectionStatus } from "../../shared/rights";
import { isServerRoot, sectionIdOfRoot, type RefusalReason } from "../../shared/collab/protocol";

/** What the guard and the refusal messages need to know of a live section. */
export interface SectionFacts {
  title: string;
  ownerGroupId: string;
  ownerGroupName: string;
  status: SectionStatus;
}

/** The live sections of a document, read fresh from storage: the guard follows owner and status changes at once. */
export async function loadSectionFacts(store: Store, documentId: string): Promise<Map<string, SectionFacts>> {
  const rows = await store.documents.sections([documentId]);
  const groups = new Map((await store.groups.byIds([...new Set(rows.map((r) => r.owner_group_id))])).map((g) => [g.id, g]));
  return new Map(
    rows.map((r) => [r.id, { title: r.title, ownerGroupId: r.owner_group_id, ownerGroupName: groups.get(r.owner_group_id)?.name ?? "its group", status: r.status }]),
  );
}

/** Null when this person may write into the root now, otherwise why not. */
export function rootRefusal(sections: ReadonlyMap<string, SectionFacts>, actor: Actor, rootName: string): RefusalReason | null {
  if (isServerRoot(rootName)) return "server_root";
  const sectionId = sectionIdOfRoot(rootName);
  const facts = sectionId ? sections.get(sectionId) : undefined;
  if (!facts) return "unknown_root";
  if (canEditSection(actor, facts) || canSuggestInSection(actor, facts)) return null;
  return facts.status === "approved" ? "section_approved" : "section_not_writable";
}

/** Whether this person writes into the (writable) root only as suggestions. */
export function suggestsIn(sections: ReadonlyMap<string, SectionFacts>, actor: Actor, rootName: string): boolean {
  const sectionId = sectionIdOfRoot(rootName);
  const facts = sectionId ? sections.get(sectionId) : undefined;
  return facts !== undefined && !canEditSection(actor, facts);
}
