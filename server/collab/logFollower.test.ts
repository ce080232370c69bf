import { describe, expect, it } from "vitest";
import { LogFollower } from "./logFollower";

const bytes = (n: number) => new Uint8Array([n]);

function follower(head: number, log: Map<number, number>) {
  const applied: number[] = [];
  const reads: number[] = [];
  const follow = new LogFollower(head, {
    gapWaitMs: 20,
    apply: (update) => applied.push(update[0]!),
    async catchUp(from) {
      reads.push(from);
      const rounds = [...log.keys()].filter((round) => round > from).sort((a, b) => a - b);
      for (const round of rounds) applied.push(log.get(round)!);
      return rounds.at(-1) ?? from;
    },
    onError: (error) => {
      throw error;
    },
  });
  return { follow, applied, reads };
}

describe("following a document's rounds", () => {
  it("applies rounds heard in order, and holds one heard ahead of a missing one until that one arrives", () => {
    const { follow, applied, reads } = follower(3, new Map());
    follow.heard(4, bytes(4));
    follow.heard(6, bytes(6));
    expect(applied).toEqual([4]);
    expect(follow.head).toBe(4);
    follow.stored(5);
    // Its own round 5 is in the doc already: 6 follows it.
    expect(applied).toEqual([4, 6]);
    expect(follow.head).toBe(6);
    follow.heard(6, bytes(6));
    follow.heard(2, bytes(2));
    expect(applied).toEqual([4, 6]);
    expect(reads).toEqual([]);
    follow.close();
  });

  it("reads a gap that does not fill by itself from the log, once, and drops what it read there", async () => {
    const log = new Map([
      [11, 11],
      [12, 12],
      [13, 13],
    ]);
    const { follow, applied, reads } = follower(10, log);
    follow.heard(13, bytes(13));
    expect(applied).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(reads).toEqual([10]);
    expect(applied).toEqual([11, 12, 13]);
    expect(follow.head).toBe(13);
    follow.heard(12, bytes(12));
    expect(applied).toEqual([11, 12, 13]);
    follow.close();
  });

  it("catches up on request (Redis back), and counts a folded log's snapshot as every round up to its own", async () => {
    const { follow, applied } = follower(1, new Map([[9, 9]]));
    await follow.catchUpNow();
    expect(applied).toEqual([9]);
    expect(follow.head).toBe(9);
    follow.caughtUpTo(7);
    expect(follow.head).toBe(9);
    follow.close();
  });
});
