import * as Y from "yjs";
import { NotCanonical } from "./canonicalUpdate";

// Yjs integrates an update's structs client by client, highest clientID first, each client's in clock order;
// a struct whose neighbour or parent is another client's struct not integrated yet sends it to that client's
// next struct (a stack), and a dependency that never comes leaves the rest "pending" inside the doc. A reference
// to the struct's own client must point before it: Yjs does not look for it and throws mid-update, after the
// other clients' structs are in. This replays exactly that order on clocks alone, so an update the guard accepts
// integrates whole, and one that would stall or throw is refused before it touches the doc.

type Fresh = Y.Item | Y.GC;

function references(struct: Fresh): Y.ID[] {
  if (!(struct instanceof Y.Item)) return [];
  const refs: Y.ID[] = [];
  if (struct.origin) refs.push(struct.origin);
  if (struct.rightOrigin) refs.push(struct.rightOrigin);
  if (struct.parent instanceof Y.ID) refs.push(struct.parent);
  return refs;
}

/**
 * Throws NotCanonical unless every struct of a canonical update integrates: `known` gives the server's clock
 * per client, `fresh` each client's new structs in clock order, starting at that clock. Returns the structs in the
 * order Yjs integrates them: each after everything it refers to.
 */
export function checkIntegrationOrder(known: (client: number) => number, fresh: ReadonlyMap<number, readonly Fresh[]>): Fresh[] {
  for (const [client, list] of fresh) {
    for (const struct of list) {
      for (const ref of references(struct)) {
        if (ref.client === client && ref.clock >= struct.id.clock) {
          throw new NotCanonical("malformed", `${client}:${struct.id.clock} refers to ${ref.client}:${ref.clock}, at or after itself`);
        }
      }
    }
  }
  const state = new Map<number, number>();
  const clockOf = (client: number) => state.get(client) ?? known(client);
  const cursors = new Map([...fresh].map(([client, list]) => [client, { i: 0, list }]));
  const clients = [...fresh.keys()].sort((a, b) => a - b);
  const missingOf = (struct: Fresh): number | null => {
    for (const ref of references(struct)) if (ref.client !== struct.id.client && ref.clock >= clockOf(ref.client)) return ref.client;
    return null;
  };
  const stack: Fresh[] = [];
  const order: Fresh[] = [];
  const nextTarget = () => {
    while (clients.length > 0) {
      const cursor = cursors.get(clients.at(-1)!)!;
      if (cursor.i < cursor.list.length) return cursor;
      clients.pop();
    }
    return null;
  };
  let target = nextTarget();
  let head: Fresh | undefined = target ? target.list[target.i++] : undefined;
  while (head) {
    if (head.id.clock > clockOf(head.id.client)) {
      // Its own client's earlier struct is still waiting on the stack: a cycle through two clients.
      throw new NotCanonical("pending_structs", `${head.id.client}:${head.id.clock} is needed before ${head.id.client}:${clockOf(head.id.client)} can be`);
    }
    const missing = missingOf(head);
    if (missing !== null) {
      stack.push(head);
      const cursor = cursors.get(missing);
      if (!cursor || cursor.i === cursor.list.length) {
        throw new NotCanonical("pending_structs", `${head.id.client}:${head.id.clock} depends on ${missing}:${clockOf(missing)}, which never comes`);
      }
      head = cursor.list[cursor.i++];
      continue;
    }
    state.set(head.id.client, head.id.clock + head.length);
    order.push(head);
    if (stack.length > 0) head = stack.pop();
    else if (target && target.i < target.list.length) head = target.list[target.i++];
    else {
      target = nextTarget();
      head = target ? target.list[target.i++] : undefined;
    }
  }
  return order;
}
