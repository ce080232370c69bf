import type { RefusalReason } from "../../shared/collab/protocol";
import type { Locale } from "../../shared/i18n/locales";
import { text, translate, type ServerText } from "../i18n/translate";
import type { SectionFacts } from "./sectionFacts";

/**
 * What the person whose change was refused reads: what happened, and what to do now. Messages about a section
 * name it ("where": section) or, when the change was not in one, "this part of the document" (where: elsewhere).
 */
export function refusalText(reason: RefusalReason, section: SectionFacts | undefined): ServerText {
  const where = section ? { where: "section", title: section.title, group: section.ownerGroupName } : { where: "elsewhere", title: "", group: "" };
  switch (reason) {
    case "section_not_writable":
      return text("refusal.notWritable", where);
    case "section_approved":
      return text("refusal.approved", where);
    case "suggestion_changes_text":
      return text("refusal.suggestionChangesText", where);
    case "suggestion_not_yours":
      return text("refusal.suggestionNotYours", where);
    case "server_root":
    case "unknown_root":
      return text("refusal.notEditable");
    case "foreign_client_id":
      return text("refusal.foreignClient");
    case "pending_structs":
      return text("refusal.pending");
    case "update_too_large":
      return text("refusal.tooLarge");
    case "document_full":
      return text("refusal.documentFull");
    case "malformed":
      return text("refusal.malformed");
  }
}

export const refusalMessage = (reason: RefusalReason, section: SectionFacts | undefined, locale: Locale = "en"): string =>
  translate(locale, refusalText(reason, section));
