import * as Y from "yjs";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { yXmlFragmentToProseMirrorRootNode } from "@tiptap/y-tiptap";
import { schema } from "../../shared/editor/schema";
import { suggestionProblem, suggestionRuns } from "../../shared/editor/suggestions";
import type { RefusalReason } from "../../shared/collab/protocol";
import type { SuggestionCheck } from "./updateGuard";

// The second half of the guard, for suggestions. The update guard proves where an update writes, struct by
// struct; whether a suggester's update keeps the agreed text can only be told by reading the section before and
// after it. That is done on a shadow: a second Y.Doc that follows the live one update by update. The update is
// applied to the shadow, never to the live doc, until the section is read both ways and found to keep the rules
// (shared/editor/suggestions.ts): with every suggestion rejected, the section is what it was; with the sender's
// own rejected, too; every new suggestion is the sender's. A refused update has been applied to the shadow only,
// which is then thrown away and built again from the live doc at once (at the sender's expense).
//
// The shadow costs a copy of the document and one more apply per update while people suggest; it is dropped
// after a quiet spell with no suggestion to check.

/**
 * New suggestions one update may make. Typing makes one, a paste one, a paragraph break one; each new one costs
 * the document an entry in the `suggestions` root, so a crafted update of thousands of one-letter suggestions
 * would make the server write far more than it received.
 */
export const MAX_NEW_SUGGESTIONS = 200;

export type GateRefusal = { reason: RefusalReason; root: string; detail: string };
export interface GateVerdict {
  refusal: GateRefusal | null;
  /** Per section root: ids of suggestions the update makes (to record who made them, and when). */
  added: Map<string, string[]>;
}

/** Origins on the shadow: an update being checked, and the live doc's updates it follows. */
const CHECKED = Symbol("checked");
const FOLLOWED = Symbol("followed");

export class SuggestionGate {
  private shadow: Y.Doc | null = null;
  private lastUsed = 0;
  /** A section read after an accepted check, while nothing else has changed the shadow since. */
  private cached: { root: string; node: ProseMirrorNode } | null = null;

  constructor(
    private readonly live: Y.Doc,
    private readonly idleDropMs = 5 * 60_000,
  ) {
    live.on("update", this.follow);
  }

  private readonly follow = (update: Uint8Array): void => {
    if (!this.shadow) return;
    if (performance.now() - this.lastUsed > this.idleDropMs) return this.drop();
    Y.applyUpdate(this.shadow, update, FOLLOWED);
  };

  /** The shadow already holds what the gate accepted; anything else arriving makes the cached reading stale. */
  private readonly staleOnNews = (_update: Uint8Array, origin: unknown): void => {
    if (origin === FOLLOWED) this.cached = null;
  };

  /** Reads each section before and after `update`; a refusal, or what the update adds. Never touches the live doc. */
  check(update: Uint8Array, checks: readonly SuggestionCheck[], author: string): GateVerdict {
    this.lastUsed = performance.now();
    const shadow = this.ensure();
    let mutated = false;
    const onMutation = (_update: Uint8Array, origin: unknown) => {
      if (origin !== CHECKED) mutated = true;
    };
    shadow.on("update", onMutation);
    try {
      const before = checks.map(({ root }) => (this.cached?.root === root ? this.cached.node : read(shadow, root)));
      Y.applyUpdate(shadow, update, CHECKED);
      this.cached = null;
      const added = new Map<string, string[]>();
      for (const [i, check] of checks.entries()) {
        const after = read(shadow, check.root);
        const problem = suggestionProblem(before[i]!, after, author, check.mode);
        if (problem) {
          mutated = true;
          const reason: RefusalReason =
            problem.code === "not_yours" ? "suggestion_not_yours" : check.marks ? "suggestion_changes_text" : "section_not_writable";
          return { refusal: { reason, root: check.root, detail: problem.detail }, added };
        }
        const known = new Set(suggestionRuns(before[i]!).map((run) => run.id));
        const fresh = [...new Set(suggestionRuns(after).filter((run) => !known.has(run.id)).map((run) => run.id))];
        if (fresh.length > MAX_NEW_SUGGESTIONS) {
          mutated = true;
          return { refusal: { reason: "update_too_large", root: check.root, detail: `${fresh.length} new suggestions in one update` }, added: new Map() };
        }
        if (fresh.length > 0) added.set(check.root, fresh);
        if (checks.length === 1) this.cached = { root: check.root, node: after };
      }
      return { refusal: null, added };
    } catch (error) {
      mutated = true;
      return { refusal: { reason: "malformed", root: checks[0]?.root ?? "", detail: `cannot read the section: ${(error as Error).message}` }, added: new Map() };
    } finally {
      shadow.off("update", onMutation);
      // A refused update, or a read that rewrote something, leaves the shadow unlike the live doc. It is built
      // again now, while the sender's message is being handled: the time is charged to them (their work budget),
      // not to whoever suggests next.
      if (mutated) {
        this.drop();
        this.ensure();
      }
    }
  }

  private ensure(): Y.Doc {
    if (this.shadow) return this.shadow;
    const shadow = new Y.Doc({ gc: this.live.gc });
    Y.applyUpdate(shadow, Y.encodeStateAsUpdate(this.live), FOLLOWED);
    shadow.on("update", this.staleOnNews);
    this.shadow = shadow;
    return shadow;
  }

  private drop(): void {
    this.shadow?.destroy();
    this.shadow = null;
    this.cached = null;
  }

  close(): void {
    this.live.off("update", this.follow);
    this.drop();
  }
}

const read = (doc: Y.Doc, root: string): ProseMirrorNode => yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(root), schema);
