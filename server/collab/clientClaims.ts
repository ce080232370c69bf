import type { Participant } from "./participant";

// A Yjs clientID belongs to a person: the first one to write with it in a document owns it for good (stored in
// document_clients), and while a connection uses it no one else's connection may. Presence announced under a
// clientID claims it too, so nobody can appear, or write, as someone else.

export interface NewOwner {
  clientId: number;
  userId: string;
}

export class ClientClaims {
  private owners: Map<number, string>;
  private live = new Map<number, Participant>();
  private unsaved: NewOwner[] = [];

  constructor(
    storedOwners: Map<number, string>,
    /** At most this many clientIDs per connection (a tab writes with one; shared offline tabs add a few). */
    private readonly maxPerConnection: number,
    /** ClientIDs nobody may use: the server's own, which its changes are written with. */
    private readonly reserved: ReadonlySet<number> = new Set(),
  ) {
    this.owners = storedOwners;
  }

  /** Whether this connection may write, or announce presence, with this clientID now. */
  mayUse(participant: Participant, clientId: number): boolean {
    if (this.reserved.has(clientId)) return false;
    const owner = this.owners.get(clientId);
    if (owner !== undefined && owner !== participant.userId) return false;
    const holder = this.live.get(clientId);
    // Another live connection of the same person (a reconnect racing its old socket) may hand it over.
    if (holder && holder !== participant && holder.userId !== participant.userId) return false;
    return holder === participant || participant.claimed.size < this.maxPerConnection;
  }

  /** Whether the clientID's owner is known here (stored, or claimed in this room). */
  knows(clientId: number): boolean {
    return this.owners.has(clientId) || this.reserved.has(clientId);
  }

  /** Owners read from the shared database (several instances): they are stored already. */
  learn(owners: ReadonlyMap<number, string>): void {
    for (const [clientId, userId] of owners) this.owners.set(clientId, userId);
  }

  /** Marks the clientID as this connection's (call after `mayUse`). */
  claim(participant: Participant, clientId: number): void {
    const holder = this.live.get(clientId);
    if (holder === participant) return;
    holder?.claimed.delete(clientId);
    this.live.set(clientId, participant);
    participant.claimed.add(clientId);
  }

  /** The connection wrote with the clientID: it is this person's for good once the batch is stored. */
  own(participant: Participant, clientId: number): void {
    this.claim(participant, clientId);
    if (this.owners.has(clientId)) return;
    this.owners.set(clientId, participant.userId);
    this.unsaved.push({ clientId, userId: participant.userId });
  }

  release(participant: Participant): void {
    for (const clientId of participant.claimed) if (this.live.get(clientId) === participant) this.live.delete(clientId);
  }

  /** The owners to store with the next batch. */
  takeUnsaved(): NewOwner[] {
    const taken = this.unsaved;
    this.unsaved = [];
    return taken;
  }

  /** A batch failed to store: its owners go back in front, in order. */
  putBack(owners: NewOwner[]): void {
    this.unsaved = [...owners, ...this.unsaved];
  }
}
