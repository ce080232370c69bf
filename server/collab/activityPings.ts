import type { AuditListener } from "../store/audit";
import type { RoomManager } from "./rooms";
import { audienceOf } from "../services/activity/actionWords";
import { activityFrame } from "./messages";

/**
 * Tells the people who have a document open that its activity gained an entry, as soon as the entry is committed:
 * their activity list reads it again (through the API, with their own rights). Only rooms in memory have anyone to
 * tell. Returns the way to stop.
 */
export function pingActivity(onAudited: (listener: AuditListener) => () => void, rooms: RoomManager): () => void {
  return onAudited(({ documentId, action }) => {
    const room = documentId ? rooms.loaded(documentId) : undefined;
    if (!room || room.broken) return;
    const frame = activityFrame(audienceOf(action));
    for (const participant of room.participants) participant.send(frame);
  });
}
