import { useEffect, useRef } from "react";
import type * as Y from "yjs";
import { api, unwrap } from "../../../api/client";
import { useLoad } from "../../../ui/useLoad";

/** Others' typing is counted per person, section and hour: read again at most this often while they type. */
const EDITS_EVERY_MS = 15_000;

/**
 * The document's activity, kept current without a Refresh button: read again whenever the server says the
 * audit log gained an entry this reader may see (`pings` goes up; see MESSAGE_ACTIVITY), and every little while
 * during others' typing (the edit counts are not audit entries).
 */
export function useActivityFeed(documentId: string, pings: number, doc: Y.Doc | null) {
  const feed = useLoad(() => unwrap(api.api.documents[":id"].activity.$get({ param: { id: documentId } })), [documentId]);
  const { reload } = feed;

  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    reload();
  }, [pings, reload]);

  useEffect(() => {
    if (!doc) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    // Updates from the socket (origin: the provider) are others' typing; our own have other origins.
    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      if (timer !== null || origin === null || typeof origin !== "object" || !("wsconnected" in origin)) return;
      timer = setTimeout(() => {
        timer = null;
        reload();
      }, EDITS_EVERY_MS);
    };
    doc.on("update", onUpdate);
    return () => {
      doc.off("update", onUpdate);
      if (timer !== null) clearTimeout(timer);
    };
  }, [doc, reload]);

  return feed;
}
