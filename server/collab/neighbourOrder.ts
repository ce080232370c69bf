import * as Y from "yjs";

// Yjs places a new item after its left neighbour (origin) and, resolving conflicts with items inserted there
// concurrently, before its right neighbour (rightOrigin): the scan from one to the other is how YATA converges.
// An editor's neighbours always lie in that order, close together. A crafted right neighbour that lies to the
// left, or in another list, sends the scan to the end of the list (a cost per item that grows with the
// document) and places the item where only this order of arrival puts it: the live doc and one reloaded from
// storage (or a client that joined later) then hold the text in different orders, for good. Refused here.

/** How far right of its left neighbour a right neighbour may lie: concurrent insertions between them, generously. */
export const MAX_NEIGHBOUR_DISTANCE = 1000;
/** How many new items back a right neighbour's own left neighbours are followed. */
const MAX_CHAIN = 64;

type Fresh = Y.Item | Y.GC;

export interface NeighbourContext {
  store: Y.Doc["store"];
  known(client: number): number;
  freshAt(id: Y.ID): Fresh | undefined;
}

const contains = (struct: Fresh, id: Y.ID) => struct.id.client === id.client && id.clock >= struct.id.clock && id.clock < struct.id.clock + struct.length;
const sameId = (a: Y.ID | null, b: Y.ID | null) => a !== null && b !== null && a.client === b.client && a.clock === b.clock;

/** Returns why the item's neighbours are out of order, or null when they are in order (or the item is collected). */
export function createNeighbourCheck(context: NeighbourContext) {
  const { store, known, freshAt } = context;
  const isStored = (id: Y.ID) => id.clock < known(id.client);
  const anchors = new Map<Fresh, Y.ID | null | "collected">();

  /** Whether stored `to` lies right of stored `from` in its list (or at it, with `orAt`), within the limit. */
  function storedRightOf(from: Y.ID, to: Y.ID, orAt: boolean): boolean {
    let item: Y.Item | Y.GC | null = Y.getItem(store, from) as Y.Item | Y.GC;
    if (!(item instanceof Y.Item)) return true; // collected: Yjs discards the new item
    if (contains(item, to)) return to.clock > from.clock || (orAt && to.clock === from.clock);
    for (let steps = 0; steps < MAX_NEIGHBOUR_DISTANCE && item; steps++) {
      item = (item as Y.Item).right;
      if (item && contains(item, to)) return true;
    }
    return false;
  }

  /** The first stored id on a new item's chain of left neighbours (null: the chain starts the list). */
  function anchorOf(struct: Fresh): Y.ID | null | "collected" {
    const chain: Fresh[] = [];
    let current: Fresh | undefined = struct;
    let found: Y.ID | null | "collected" = null;
    while (current) {
      const cached = anchors.get(current);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      chain.push(current);
      if (!(current instanceof Y.Item)) {
        found = "collected";
        break;
      }
      const origin: Y.ID | null = current.origin;
      if (!origin) {
        found = null;
        break;
      }
      if (isStored(origin)) {
        found = origin;
        break;
      }
      current = freshAt(origin);
    }
    for (const visited of chain) anchors.set(visited, found);
    return found;
  }

  /** Whether new `right` lies after new `left`: at a later clock of its item, or inserted after it, transitively. */
  function descends(right: Y.ID, left: Y.ID): boolean {
    let id: Y.ID | null = right;
    for (let steps = 0; id && steps <= MAX_CHAIN; steps++) {
      if (isStored(id)) return false;
      const struct = freshAt(id);
      if (!(struct instanceof Y.Item)) return false;
      // The right neighbour itself must come after the left one; an item on its chain may be the left one.
      if (contains(struct, left)) return steps === 0 ? id.clock > left.clock : id.clock >= left.clock;
      id = struct.origin;
    }
    return false;
  }

  /**
   * Whether the list ends within the limit from stored `id`, going `right` or left: Yjs scans from the left neighbour
   * to the list's end for an item with no right one, and from the list's start for an item with no left one.
   */
  function nearEnd(id: Y.ID, direction: "left" | "right"): boolean {
    let item: Y.Item | Y.GC | null = Y.getItem(store, id) as Y.Item | Y.GC;
    if (!(item instanceof Y.Item)) return true;
    for (let steps = 0; steps <= MAX_NEIGHBOUR_DISTANCE; steps++) {
      if (!item) return true;
      item = (item as Y.Item)[direction];
    }
    return false;
  }

  return function neighbourProblem(item: Y.Item): string | null {
    const origin = item.origin;
    const right = item.rightOrigin;
    // One neighbour only: Yjs scans from the list's start to the right one, or from the left one to the list's end.
    if (!origin && right && isStored(right) && !nearEnd(right, "left")) return "no left neighbour, and a right one far from the start";
    if (origin && !right && isStored(origin) && !nearEnd(origin, "right")) return "no right neighbour, and a left one far from the end";
    if (!origin || !right) return null;
    if (isStored(origin)) {
      if (isStored(right)) return storedRightOf(origin, right, false) ? null : "a right neighbour not to the right of the left one";
      const anchor = anchorOf(freshAt(right)!);
      if (anchor === "collected") return null;
      if (anchor === null) return "a right neighbour at the start of the list";
      return storedRightOf(origin, anchor, true) ? null : "a right neighbour not to the right of the left one";
    }
    const left = freshAt(origin);
    if (!(left instanceof Y.Item)) return null;
    const isLast = origin.clock === left.id.clock + left.length - 1;
    const expected = isLast ? left.rightOrigin : Y.createID(origin.client, origin.clock + 1);
    if (sameId(right, expected) || descends(right, origin)) return null;
    return "a right neighbour that was never next to the left one";
  };
}
