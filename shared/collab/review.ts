import type * as Y from "yjs";
import type { ThreadView } from "../api/threads";
import type { AmendmentView } from "../api/amendments";
import type { SuggestionInfo } from "../api/suggestions";

// Server-written roots for the review workflow. Each holds one JSON value per thread or amendment, replaced
// whole when it changes; browsers observe them and never write them.

export const threadsMap = (doc: Y.Doc): Y.Map<ThreadView> => doc.getMap<ThreadView>("threads");
export const amendmentsMap = (doc: Y.Doc): Y.Map<AmendmentView> => doc.getMap<AmendmentView>("amendments");

/** Who made each suggestion, and when: written by the server when it first stores the suggestion. */
export const suggestionsMap = (doc: Y.Doc): Y.Map<SuggestionInfo> => doc.getMap<SuggestionInfo>("suggestions");
