import * as Y from "yjs";
import { MAX_UPDATE_BYTES, sectionIdOfRoot, type RefusalReason } from "../../shared/collab/protocol";
import { schema } from "../../shared/editor/schema";
import { FRAGMENT, OTHER, holderInside, shapeProblem, type Holder } from "./shapeRules";
import { rootName } from "../../shared/collab/ranges";
import { NotCanonical, planCanonical, writeCanonical } from "./canonicalUpdate";
import { checkIntegrationOrder } from "./integrationOrder";
import { createNeighbourCheck } from "./neighbourOrder";
import { SUGGESTION_KINDS } from "../../shared/editor/marks/suggestion";

const ELEMENT_NAMES = new Set(Object.keys(schema.nodes).filter((name) => name !== "doc" && name !== "text"));

// The update guard: every update a client sends is decoded, rewritten canonically (canonicalUpdate.ts) and
// checked against the server's doc BEFORE it touches it. Each new struct and each deleted range must land in a
// root type this user may write; no unknown roots, no missing dependencies (pending structs), an order in which
// Yjs integrates every struct, and only clientIDs this connection may use. An update is accepted or refused
// whole, and what is accepted is the canonical update that was checked: the room applies, stores and
// broadcasts exactly those bytes.

export type Refusal = { ok: false; reason: RefusalReason; rootName: string | null; detail: string };
export type Verdict =
  | {
      ok: true;
      /** The canonical update that was checked: the only bytes to apply, store and send. */
      update: Uint8Array;
      /** False when the update holds nothing the server lacks (applying it would change nothing). */
      changes: boolean;
      /** The clientIDs whose new structs it carries. */
      clients: number[];
      /** The root types it changes. */
      roots: string[];
      /**
       * Whether it adds or removes elements or attributes (not only characters and formatting): such a change can
       * leave a section that the schema reads differently, which the room then settles (see DocumentRoom).
       */
      structural: boolean;
      /**
       * Section roots whose change the guard cannot judge struct by struct: those this user may only suggest in
       * ("suggest"), and writable ones where the update adds or ends suggestion marks ("write"). The room checks
       * what each reads as before and after (suggestionGate.ts) before it applies anything.
       */
      suggestionChecks: SuggestionCheck[];
    }
  | Refusal;

export interface SuggestionCheck {
  root: string;
  mode: "suggest" | "write";
  /** Whether the update adds or ends suggestion marks there (a plain edit by a suggester carries none). */
  marks: boolean;
}

export interface GuardPolicy {
  /** null when this user may write into the root now, otherwise why not. */
  rootRefusal(rootName: string): RefusalReason | null;
  /** Whether this user may only suggest in this (writable) root: every change must keep its agreed text. */
  suggestsIn(rootName: string): boolean;
  /** Whether this connection may write with this clientID (it is new, or already this user's). */
  mayUseClient(clientId: number): boolean;
}

/** The part of Yjs's DeleteSet we read (the class is not exported by name). */
interface DeleteSetLike {
  clients: Map<number, Array<{ clock: number; len: number }>>;
}

/** The struct was garbage-collected on the server: anything attached to it is discarded by Yjs on integration. */
const COLLECTED = Symbol("collected");
type Root = string | typeof COLLECTED;

class Refused extends Error {
  constructor(
    readonly reason: RefusalReason,
    readonly rootName: string | null,
    detail: string,
  ) {
    super(detail);
  }
}

const refuse = (reason: RefusalReason, detail: string, rootName: string | null = null): never => {
  throw new Refused(reason, rootName, detail);
};


/** Far more than any paste (ten thousand paragraphs are 30 000), and a bound on what one update costs to check. */
export const MAX_STRUCTS = 100_000;

/** An update with nothing new for the server: accepted, and nothing to apply. */
const nothing = (): Verdict => ({ ok: true, update: new Uint8Array([0, 0]), changes: false, clients: [], roots: [], structural: false, suggestionChecks: [] });

/** Formatting keys of suggestion marks, as y-tiptap writes them (overlapping marks carry an 8-character hash). */
const isSuggestionKey = (key: string): boolean => SUGGESTION_KINDS.some((kind) => key === kind || (key.startsWith(`${kind}--`) && key.length === kind.length + 10));

export function checkUpdate(doc: Y.Doc, update: Uint8Array, policy: GuardPolicy): Verdict {
  if (update.byteLength > MAX_UPDATE_BYTES) {
    return { ok: false, reason: "update_too_large", rootName: null, detail: `update of ${update.byteLength} bytes` };
  }
  try {
    const decoded = Y.decodeUpdate(update) as Decoded;
    if (decoded.structs.length > MAX_STRUCTS) {
      return { ok: false, reason: "update_too_large", rootName: null, detail: `${decoded.structs.length} structs in one update` };
    }
    const plan = planCanonical(update, doc.store, decoded.structs, decoded.ds);
    if (plan.empty) return nothing();
    let written: Uint8Array | null = null;
    let fresh = plan.fresh;
    let deletes = plan.deletes;
    if (plan.cut) {
      // A cut struct takes its parent from where it is cut: read it as Yjs will, from the written bytes.
      written = writeCanonical(plan);
      const again = Y.decodeUpdate(written) as Decoded;
      fresh = byClient(again.structs);
      deletes = again.ds.clients;
    }
    const verdict = inspect(doc, fresh, deletes, policy);
    return verdict.changes ? { ...verdict, update: written ?? writeCanonical(plan) } : nothing();
  } catch (error) {
    if (error instanceof Refused || error instanceof NotCanonical) {
      return { ok: false, reason: error.reason, rootName: error instanceof Refused ? error.rootName : null, detail: error.message };
    }
    return { ok: false, reason: "malformed", rootName: null, detail: `cannot read: ${(error as Error).message}` };
  }
}

type Decoded = { structs: Array<Y.Item | Y.GC | Y.Skip>; ds: DeleteSetLike };

function byClient(structs: ReadonlyArray<Y.Item | Y.GC | Y.Skip>): Map<number, Array<Y.Item | Y.GC>> {
  const fresh = new Map<number, Array<Y.Item | Y.GC>>();
  for (const struct of structs) {
    if (struct instanceof Y.Skip) refuse("malformed", "a Skip in a canonical update");
    const list = fresh.get(struct.id.client);
    if (list) list.push(struct as Y.Item | Y.GC);
    else fresh.set(struct.id.client, [struct as Y.Item | Y.GC]);
  }
  return fresh;
}

function inspect(
  doc: Y.Doc,
  fresh: ReadonlyMap<number, Array<Y.Item | Y.GC>>,
  deletes: DeleteSetLike["clients"],
  policy: GuardPolicy,
): Omit<Extract<Verdict, { ok: true }>, "update"> {
  const store = doc.store;
  const known = (client: number) => Y.getState(store, client);

  // The structs the server does not have yet, per client, in clock order, each client's starting at (or, when
  // cut, inside its first struct at) the server's clock.
  for (const [client, list] of fresh) {
    let next = known(client);
    for (const [i, struct] of list.entries()) {
      const { clock } = struct.id;
      const end = clock + struct.length;
      if (i === 0 ? clock > next || end <= next : clock !== next) refuse("malformed", `not canonical at ${client}:${clock}`);
      next = end;
      if (struct instanceof Y.Item && struct.content instanceof Y.ContentDoc) refuse("malformed", "subdocuments are not allowed");
      if (struct instanceof Y.Item && struct.content instanceof Y.ContentType) {
        const type = struct.content.type;
        // Only nodes the editor's schema knows: anything else every editor would delete on sight.
        if (type instanceof Y.XmlElement && !ELEMENT_NAMES.has(type.nodeName)) refuse("malformed", `unknown node "${type.nodeName}"`);
        if (type instanceof Y.XmlHook) refuse("malformed", "hooks are not part of the schema");
      }
    }
  }

  for (const client of fresh.keys()) {
    if (!policy.mayUseClient(client)) refuse("foreign_client_id", `clientID ${client} belongs to someone else`);
  }
  // Visited in Yjs's order, each struct after everything it refers to: what is resolved per item is then found
  // in the memo, never by recursing down a chain (a long offline session is a chain of thousands).
  const order = checkIntegrationOrder(known, fresh);

  // Binary search: a client's new structs are in clock order and do not overlap.
  const freshAt = (id: Y.ID): Y.Item | Y.GC | undefined => {
    const list = fresh.get(id.client);
    if (!list) return undefined;
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const struct = list[mid]!;
      if (id.clock < struct.id.clock) high = mid - 1;
      else if (id.clock >= struct.id.clock + struct.length) low = mid + 1;
      else return struct;
    }
    return undefined;
  };

  const resolved = new Map<Y.Item, Root>();
  const resolving = new Set<Y.Item>();
  const neighbourProblem = createNeighbourCheck({ store, known, freshAt });

  /** The root of whatever holds this id: on the server, or among the update's own new structs. */
  function rootOfId(id: Y.ID, needType: boolean): Root {
    if (id.clock < known(id.client)) {
      const stored = Y.getItem(store, id) as Y.Item | Y.GC;
      // A parent deleted and collected since (someone removed the paragraph): Yjs discards what was put in it.
      if (stored instanceof Y.GC || (needType && stored.content instanceof Y.ContentDeleted)) return COLLECTED;
      if (needType && !(stored.content instanceof Y.ContentType)) refuse("malformed", "parent is not a type");
      return needType ? rootName((stored.content as Y.ContentType).type) : rootName(stored.parent as Y.AbstractType<unknown>);
    }
    const local = freshAt(id);
    if (!local) return refuse("pending_structs", `missing dependency ${id.client}:${id.clock}`);
    if (local instanceof Y.GC || (needType && local.content instanceof Y.ContentDeleted)) return COLLECTED;
    if (needType && !(local.content instanceof Y.ContentType)) refuse("malformed", "parent is not a type");
    return rootOfItem(local);
  }

  function rootOfItem(item: Y.Item): Root {
    const done = resolved.get(item);
    if (done !== undefined) return done;
    if (resolving.has(item)) return refuse("malformed", "structs refer to each other in a cycle");
    resolving.add(item);
    let root: Root;
    const parent = item.parent as unknown;
    if (typeof parent === "string") {
      root = parent;
    } else if (parent instanceof Y.ID) {
      root = rootOfId(parent, true);
    } else {
      // Yjs takes the parent from the left neighbour, else the right one; a collected neighbour discards the item.
      const left = item.origin ? rootOfId(item.origin, false) : null;
      const right = item.rightOrigin ? rootOfId(item.rightOrigin, false) : null;
      if (left === COLLECTED || right === COLLECTED) root = COLLECTED;
      else if (left !== null && right !== null && left !== right) root = refuse("malformed", "neighbours in two different roots");
      else if (left !== null) root = left;
      else if (right !== null) root = right;
      else root = refuse("malformed", "a struct with neither parent nor neighbours");
    }
    resolving.delete(item);
    resolved.set(item, root);
    return root;
  }

  // Yjs links an item next to its left neighbour, in that neighbour's list, but stops its conflict scan at the
  // right neighbour: neighbours in two different lists place the item differently in the live doc and in one
  // reloaded from storage (replicas that never converge). The editor's neighbours always share a list.
  const parents = new Map<Y.Item, string | typeof COLLECTED>();
  const typeKey = (type: Y.AbstractType<unknown>, sub: string | null) =>
    `${type._item ? `${type._item.id.client}:${type._item.id.clock}` : `root:${Y.findRootTypeKey(type)}`}|${sub ?? ""}`;
  function listOfId(id: Y.ID): string | typeof COLLECTED {
    if (id.clock < known(id.client)) {
      const stored = Y.getItem(store, id) as Y.Item | Y.GC;
      return stored instanceof Y.GC ? COLLECTED : typeKey(stored.parent as Y.AbstractType<unknown>, stored.parentSub);
    }
    const local = freshAt(id);
    return !local || local instanceof Y.GC ? COLLECTED : listOfItem(local);
  }
  function listOfItem(item: Y.Item): string | typeof COLLECTED {
    const done = parents.get(item);
    if (done !== undefined) return done;
    const parent = item.parent as unknown;
    let list: string | typeof COLLECTED;
    if (typeof parent === "string") list = `root:${parent}|${item.parentSub ?? ""}`;
    else if (parent instanceof Y.ID) list = `${parent.client}:${parent.clock}|${item.parentSub ?? ""}`;
    else list = listOfId((item.origin ?? item.rightOrigin)!);
    parents.set(item, list);
    return list;
  }

  // Holders and keys are remembered per item: a pasted page is a chain of thousands of items, each found through
  // the one before it.
  const holders = new Map<Y.Item, Holder>();
  const keys = new Map<Y.Item, string | null>();
  const storedHolders = new Map<Y.AbstractType<unknown>, Holder>();

  /** The holder a stored type makes for its contents. */
  function insideStored(type: Y.AbstractType<unknown>): Holder {
    const cached = storedHolders.get(type);
    if (cached) return cached;
    const holder = type._item === null ? (sectionIdOfRoot(Y.findRootTypeKey(type)) !== null ? FRAGMENT : OTHER) : holderInside(type, insideStored(type._item.parent as Y.AbstractType<unknown>));
    storedHolders.set(type, holder);
    return holder;
  }

  /** What directly holds a new item: its parent, or its neighbours' parent when the update leaves it out. */
  function holderOf(item: Y.Item): Holder {
    const done = holders.get(item);
    if (done) return done;
    const parent = item.parent as unknown;
    let holder: Holder = OTHER;
    if (typeof parent === "string") holder = sectionIdOfRoot(parent) !== null ? FRAGMENT : OTHER;
    else if (parent instanceof Y.ID) holder = holderOfId(parent, true);
    else if (item.origin ?? item.rightOrigin) holder = holderOfId((item.origin ?? item.rightOrigin)!, false);
    holders.set(item, holder);
    return holder;
  }

  /** The holder made by the type an id holds (`ofType`), or the holder of the item at that id. */
  function holderOfId(id: Y.ID, ofType: boolean): Holder {
    if (id.clock < known(id.client)) {
      const stored = Y.getItem(store, id) as Y.Item | Y.GC;
      if (stored instanceof Y.GC) return OTHER;
      if (ofType) return stored.content instanceof Y.ContentType ? insideStored(stored.content.type) : OTHER;
      return insideStored(stored.parent as Y.AbstractType<unknown>);
    }
    const local = freshAt(id);
    if (!local || local instanceof Y.GC) return OTHER;
    if (ofType) return local.content instanceof Y.ContentType ? holderInside(local.content.type, holderOf(local)) : OTHER;
    return holderOf(local);
  }

  /** The attribute an item sets, if any: written only with an explicit parent, else its neighbour's. */
  function keyOf(item: Y.Item): string | null {
    const done = keys.get(item);
    if (done !== undefined) return done;
    let key: string | null = null;
    if (item.parent !== null) key = item.parentSub;
    else {
      const neighbour = item.origin ?? item.rightOrigin;
      if (neighbour && neighbour.clock < known(neighbour.client)) {
        const stored = Y.getItem(store, neighbour) as Y.Item | Y.GC;
        key = stored instanceof Y.Item ? stored.parentSub : null;
      } else if (neighbour) {
        const local = freshAt(neighbour);
        key = local instanceof Y.Item ? keyOf(local) : null;
      }
    }
    keys.set(item, key);
    return key;
  }

  const touched = new Set<string>();
  const marked = new Set<string>();
  const checkRoot = (root: Root) => {
    if (root === COLLECTED) return;
    const reason = policy.rootRefusal(root);
    if (reason) refuse(reason, `may not write ${root}`, root);
    touched.add(root);
  };

  let changes = false;
  let structural = false;
  for (const struct of order) {
    {
      changes = true;
      if (!(struct instanceof Y.Item)) continue;
      const root = rootOfItem(struct);
      checkRoot(root);
      // Remembered for every item, in order, so a later item's lookup never walks a chain.
      listOfItem(struct);
      if (struct.origin && struct.rightOrigin) {
        const left = listOfId(struct.origin);
        const right = listOfId(struct.rightOrigin);
        if (left !== COLLECTED && right !== COLLECTED && left !== right) refuse("malformed", "neighbours in two different lists", root === COLLECTED ? null : root);
      }
      const misplaced = root === COLLECTED ? null : neighbourProblem(struct);
      if (misplaced) refuse("malformed", misplaced, root as string);
      if (root === COLLECTED || sectionIdOfRoot(root) === null) continue;
      const key = keyOf(struct);
      const problem = shapeProblem(struct, holderOf(struct), key);
      if (problem) refuse("malformed", problem, root);
      if (struct.content instanceof Y.ContentFormat && isSuggestionKey(struct.content.key)) marked.add(root);
      if (struct.content instanceof Y.ContentType || key !== null) structural = true;
    }
  }

  // Deletions: every live item a range covers must sit in a writable root.
  for (const [client, ranges] of deletes) {
    for (const { clock, len } of ranges) {
      const end = clock + len;
      const serverEnd = Math.min(end, known(client));
      if (clock < serverEnd) {
        const list = store.clients.get(client)!;
        for (let i = Y.findIndexSS(list, clock); i < list.length && list[i]!.id.clock < serverEnd; i++) {
          const struct = list[i]!;
          if (struct instanceof Y.Item && !struct.deleted) {
            const root = rootName(struct.parent as Y.AbstractType<unknown>);
            checkRoot(root);
            // Removing where a suggestion's mark starts or ends moves the mark onto other words.
            if (struct.content instanceof Y.ContentFormat && isSuggestionKey(struct.content.key)) marked.add(root);
            changes = true;
            if (struct.content instanceof Y.ContentType || struct.parentSub !== null) structural = true;
          }
        }
      }
      for (let at = Math.max(clock, known(client)); at < end; ) {
        const local = freshAt(Y.createID(client, at));
        if (!local) refuse("pending_structs", `deletes unknown ${client}:${at}`);
        if (local instanceof Y.Item) checkRoot(rootOfItem(local));
        changes = true;
        at = local!.id.clock + local!.length;
      }
    }
  }

  const suggestionChecks: SuggestionCheck[] = [];
  for (const root of touched) {
    if (sectionIdOfRoot(root) === null) continue;
    if (policy.suggestsIn(root)) suggestionChecks.push({ root, mode: "suggest", marks: marked.has(root) });
    else if (marked.has(root)) suggestionChecks.push({ root, mode: "write", marks: true });
  }
  return { ok: true, changes, clients: [...fresh.keys()], roots: [...touched], structural, suggestionChecks };
}

/** The section a root belongs to, for telling the user which one was refused. */
export const refusedSection = (rootName: string | null): string | null => (rootName ? sectionIdOfRoot(rootName) : null);
