import { use } from "react";
import { MentionablesContext, type Mentionables } from "./MentionablesContext";

const NONE: Mentionables = { items: [], status: "error", load: () => {} };

/** People and groups to mention; nobody outside a document page (no provider). */
export function useMentionables(): Mentionables {
  return use(MentionablesContext) ?? NONE;
}
