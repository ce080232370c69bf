import type { Actor } from "../../shared/rights";
import type { PresenceUser } from "../../shared/collab/protocol";
import type { Locale } from "../../shared/i18n/locales";

/** A connection as its document's room sees it. */
export interface Participant {
  readonly userId: string;
  readonly sessionId: string;
  /** Rights as of now: replaced when an admin changes the person's role or groups. */
  actor: Actor;
  /** The language the server's messages to this person are written in (refusals). */
  locale: Locale;
  readonly presence: PresenceUser;
  /** Yjs clientIDs this connection writes with. */
  readonly claimed: Set<number>;
  /** Awareness clientIDs this connection announced. */
  readonly awarenessIds: Set<number>;
  send(frame: Uint8Array): void;
  /** Ends the connection with a close code the client understands (it reconnects on its own where it should). */
  close(code: number, reason: string): void;
}
