import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import type * as Y from "yjs";
import type { PresenceUser } from "../../../shared/collab/protocol";
import type { ReadRefusal } from "./refusedMessage";
import { createCollabSession, type CollabSession, type CollabSnapshot } from "./collabSession";
import { collabUrl } from "./collabUrl";

export interface RefusalCallbacks {
  onRefused(refusal: ReadRefusal, doc: Y.Doc): void;
  onResynced(doc: Y.Doc): void;
}

const subscribeNothing = () => () => {};
const nothing = () => null;

/**
 * The live session of one document for as long as the page shows it: created on mount, torn down on unmount
 * or when the document or user changes. `null` until the first render has committed.
 */
export function useCollabSession(
  documentId: string,
  user: PresenceUser,
  callbacks: RefusalCallbacks,
): { session: CollabSession | null; snapshot: CollabSnapshot | null } {
  const latest = useRef(callbacks);
  useEffect(() => {
    latest.current = callbacks;
  });
  const [session, setSession] = useState<CollabSession | null>(null);
  const { id, name, color } = user;

  useEffect(() => {
    const created = createCollabSession({
      url: collabUrl(),
      documentId,
      user: { id, name, color },
      onRefused: (refusal, doc) => latest.current.onRefused(refusal, doc),
      onResynced: (doc) => latest.current.onResynced(doc),
    });
    setSession(created);
    return () => {
      setSession(null);
      void created.destroy();
    };
  }, [documentId, id, name, color]);

  const snapshot = useSyncExternalStore(session ? session.subscribe : subscribeNothing, session ? session.getSnapshot : nothing);
  return { session, snapshot };
}
