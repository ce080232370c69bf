import * as Y from "yjs";
import { prosemirrorToYXmlFragment } from "@tiptap/y-tiptap";
import type { Deps } from "../deps";
import type { UserWithGroups } from "../store/users";
import type { VersionRow } from "../store/review";
import type { OutlineEntry } from "../../shared/api/review";
import type { RestoreResult } from "../../shared/api/versions";
import { canRestoreSection } from "../../shared/rights";
import { sectionRootName } from "../../shared/collab/protocol";
import { indexOpenSuggestions } from "./suggestionIndex";
import { readSection } from "../../shared/editor/content";
import { actorOf } from "../http/middleware/session";
import { AppError } from "../http/errors";
import { readOnlyText } from "../i18n/rights";
import { text, type ServerText, type Translator } from "../i18n/translate";
import { createVersion } from "./versions";
import { restoredName } from "./versionLabels";

/** "Title: why. Other title: why.", each section left as it was with its reason. */
const reasonsOf = (skipped: { title: string; reason: ServerText }[]): ServerText =>
  text("restore.noneNow", { reasons: { sentences: skipped.map((s) => text("restore.skipped", { title: s.title, reason: s.reason })) } });

/**
 * Brings sections back to a version's text as a new change that everyone connected sees: history is never
 * rewritten. Each section must be restorable by this person (its owners, or a chair or admin across owners) and
 * not approved (locked); a whole-document restore leaves the others as they are and says which and why.
 */
export async function restoreVersion(
  deps: Deps,
  user: UserWithGroups,
  documentId: string,
  version: VersionRow,
  onlySectionId: string | undefined,
  say: Translator,
): Promise<RestoreResult> {
  const actor = actorOf(user);
  const versionOutline = JSON.parse(version.outline) as OutlineEntry[];
  const inVersion = new Set(versionOutline.map((s) => s.id));
  const current = await deps.store.documents.sections([documentId]);
  const groups = new Map((await deps.store.groups.byIds([...new Set(current.map((s) => s.owner_group_id))])).map((g) => [g.id, g]));
  const candidates = onlySectionId ? current.filter((s) => s.id === onlySectionId) : current;
  if (onlySectionId && candidates.length === 0) throw new AppError(404, "not_found", "notFound.section");

  const targets: string[] = [];
  const skipped: { sectionId: string; title: string; reason: ServerText }[] = [];
  for (const section of candidates) {
    const facts = { ownerGroupId: section.owner_group_id, status: section.status, ownerGroupName: groups.get(section.owner_group_id)?.name ?? "its group" };
    let reason: ServerText | null = null;
    if (!inVersion.has(section.id)) reason = text("restore.notInVersion");
    else if (section.status === "approved") reason = text("restore.approved");
    else if (!canRestoreSection(actor, facts)) reason = readOnlyText(actor, facts) ?? text("restore.notYours");
    if (reason) skipped.push({ sectionId: section.id, title: section.title, reason });
    else targets.push(section.id);
  }
  if (onlySectionId && targets.length === 0) {
    const reason = skipped[0]!.reason;
    const locked = reason.id === "restore.approved";
    throw new AppError(locked ? 409 : 403, locked ? "conflict" : "forbidden", reason);
  }
  if (targets.length === 0) throw new AppError(403, "forbidden", text("restore.noneYours", { reasons: reasonsOf(skipped) }));

  const old = new Y.Doc();
  Y.applyUpdate(old, version.state);
  const texts = new Map(targets.map((id) => [id, readSection(old.getXmlFragment(sectionRootName(id)))]));
  old.destroy();
  // Inside the room, after its last await: a section approved (or given to another group) meanwhile is left alone,
  // exactly as the guard would leave a member's keystroke.
  const restored = await deps.rooms.withRoom(documentId, async (room) => {
    await room.refreshSections();
    const now = targets.filter((id) => {
      const facts = room.sectionFacts(id);
      const reason = !facts
        ? text("restore.retiredMeanwhile")
        : facts.status === "approved"
          ? text("restore.approvedMeanwhile")
          : canRestoreSection(actor, facts)
            ? null
            : (readOnlyText(actor, facts) ?? text("restore.notYours"));
      if (reason) skipped.push({ sectionId: id, title: current.find((s) => s.id === id)?.title ?? id, reason });
      return reason === null;
    });
    if (now.length === 0) throw new AppError(409, "conflict", reasonsOf(skipped));
    await room.serverChange((doc) => {
      // y-tiptap updates the fragment in place to match: only what differs is rewritten.
      for (const id of now) prosemirrorToYXmlFragment(texts.get(id)!, doc.getXmlFragment(sectionRootName(id)));
    }, user.id);
    await indexOpenSuggestions(deps.store, room.doc, documentId, now, deps.clock.now());
    return now;
  });
  targets.splice(0, targets.length, ...restored);
  const titles = current.filter((s) => targets.includes(s.id)).map((s) => s.title);
  const label = restoredName(version, onlySectionId ? titles[0] : undefined);
  const created = await createVersion(deps, documentId, { label, kind: "restore", authorId: user.id });
  await deps.store.audit.record({
    at: deps.clock.now(),
    actorId: user.id,
    action: "version.restore",
    target: version.id,
    detail: { documentId, label: version.label, labelMessage: version.label_message, sections: targets, skipped: skipped.map((s) => s.sectionId) },
  });
  return { restoredSections: targets, skipped: skipped.map((s) => ({ ...s, reason: say(s.reason) })), versionId: created.id };
}
