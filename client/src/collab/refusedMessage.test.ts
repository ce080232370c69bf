import { describe, expect, it } from "vitest";
import * as encoding from "lib0/encoding";
import * as decoding from "lib0/decoding";
import { readRefusedMessage } from "./refusedMessage";

const frame = (payload: string) => {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, payload);
  return decoding.createDecoder(encoding.toUint8Array(encoder));
};

describe("the server's refused message", () => {
  it("reads reason, section and words", () => {
    const message = { reason: "section_approved", sectionId: "s1", message: "Approved and locked." };
    expect(readRefusedMessage(frame(JSON.stringify(message)))).toEqual(message);
  });

  it("still reports a refusal when the payload does not read", () => {
    expect(readRefusedMessage(frame("not json"))).toEqual({ reason: "malformed", sectionId: null, message: null });
    expect(readRefusedMessage(frame(JSON.stringify({ reason: "made_up", sectionId: 7, message: " " })))).toMatchObject({ reason: "malformed", sectionId: null });
  });
});
