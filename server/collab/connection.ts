import type { WebSocket } from "ws";
import * as decoding from "lib0/decoding";
import * as Y from "yjs";
import * as syncProtocol from "y-protocols/sync";
import type { Logger } from "../log";
import type { DocumentRoom, Participant } from "./room";
import { syncStep1Frame } from "./messages";
import { CLOSE, MESSAGE_AUTH, MESSAGE_AWARENESS, MESSAGE_QUERY_AWARENESS, MESSAGE_SYNC } from "../../shared/collab/protocol";

/** A slow reader whose unsent backlog passes this is cut off rather than held in memory. */
const MAX_BUFFERED_BYTES = 16 * 1024 * 1024;

export interface ConnectionIdentity {
  userId: string;
  sessionId: string;
  actor: Participant["actor"];
  presence: Participant["presence"];
}

class MalformedMessage extends Error {}

/** Speaks the y-websocket protocol with one client on one room. Returns the participant for bookkeeping. */
export function serveConnection(ws: WebSocket, room: DocumentRoom, identity: ConnectionIdentity, log: Logger, onClose: () => void): Participant {
  const participant: Participant = {
    userId: identity.userId,
    sessionId: identity.sessionId,
    actor: identity.actor,
    presence: identity.presence,
    claimed: new Set(),
    awarenessIds: new Set(),
    send(frame) {
      if (ws.readyState !== ws.OPEN) return;
      if (ws.bufferedAmount > MAX_BUFFERED_BYTES) {
        ws.close(1013, "too far behind");
        return;
      }
      ws.send(frame);
    },
  };
  room.join(participant);

  ws.on("message", (data, isBinary) => {
    try {
      if (!isBinary) throw new MalformedMessage("text frame");
      handle(toBytes(data));
    } catch (error) {
      log.info("collab_malformed", { documentId: room.documentId, userId: identity.userId, error: (error as Error).message });
      ws.close(CLOSE.malformed.code, CLOSE.malformed.reason);
    }
  });
  ws.on("close", () => {
    room.leave(participant);
    onClose();
  });
  ws.on("error", (error) => log.info("collab_socket_error", { documentId: room.documentId, error: error.message }));

  function handle(bytes: Uint8Array): void {
    const decoder = decoding.createDecoder(bytes);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MESSAGE_SYNC: {
        const step = decoding.readVarUint(decoder);
        const payload = decoding.readVarUint8Array(decoder);
        if (step === syncProtocol.messageYjsSyncStep1) {
          Y.decodeStateVector(payload); // throws on garbage
          room.requestSync(participant, payload);
        } else if (step === syncProtocol.messageYjsSyncStep2 || step === syncProtocol.messageYjsUpdate) {
          room.receiveUpdate(participant, payload);
        } else {
          throw new MalformedMessage(`unknown sync step ${step}`);
        }
        return;
      }
      case MESSAGE_AWARENESS: {
        if (!room.receiveAwareness(participant, decoding.readVarUint8Array(decoder))) {
          log.info("awareness_refused", { documentId: room.documentId, userId: identity.userId });
        }
        return;
      }
      case MESSAGE_QUERY_AWARENESS: {
        const snapshot = room.awarenessSnapshot();
        if (snapshot) participant.send(snapshot);
        return;
      }
      case MESSAGE_AUTH:
        return;
      default:
        throw new MalformedMessage(`unknown message type ${type}`);
    }
  }

  participant.send(syncStep1Frame(Y.encodeStateVector(room.doc)));
  const snapshot = room.awarenessSnapshot();
  if (snapshot) participant.send(snapshot);
  return participant;
}

function toBytes(data: Buffer | ArrayBuffer | Buffer[]): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
