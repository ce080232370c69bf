import { describe, expect, it } from "vitest";
import { createLogger } from "../log";
import { createSharedOneAtATime } from "./sharedOneAtATime";
import { eventually } from "../../test/helpers/collab";
import { deferred, sharedRedisSuite } from "../../test/helpers/redisSuite";

// One job of a kind per user across instances, through a real redis-server: two objects on two connections stand
// for two instances.

const log = createLogger({ silent: !process.env.PENHOLDER_TEST_LOG });
const redis = sharedRedisSuite(log);

describe("one job per user shared in Redis", () => {
  const refuse = (busyWith: string) => new Error(`Busy with ${busyWith}`);
  let users = 0;
  const user = () => `user-${++users}-${Date.now()}`;

  it("refuses a second export on another instance, saying what is under way, and frees the place when done", async () => {
    const a = createSharedOneAtATime({ redis: await redis.instance(), kind: "exports", log });
    const b = createSharedOneAtATime({ redis: await redis.instance(), kind: "exports", log });
    const someone = user();
    const finish = deferred();
    const running = a.run(someone, "“The IGF We Need” as PDF", refuse, () => finish.promise.then(() => "done"));
    await eventually(async () => await redis.exists(`penholder:busy:exports:${someone}`), "the place taken");
    await expect(b.run(someone, "“Other” as DOCX", refuse, async () => "no")).rejects.toThrow("Busy with “The IGF We Need” as PDF");
    // Another person, and another kind of job, are not held up.
    expect(await b.run(user(), "“Other” as DOCX", refuse, async () => "yes")).toBe("yes");
    const imports = createSharedOneAtATime({ redis: await redis.instance(), kind: "imports", log });
    expect(await imports.run(someone, "“notes.docx”", refuse, async () => "imported")).toBe("imported");
    finish.resolve();
    expect(await running).toBe("done");
    expect(await redis.exists(`penholder:busy:exports:${someone}`)).toBe(false);
    expect(await b.run(someone, "“Other” as DOCX", refuse, async () => "now")).toBe("now");
  });

  it("lets exactly one of many jobs started together on both instances run", async () => {
    const a = createSharedOneAtATime({ redis: await redis.instance(), kind: "exports", log });
    const b = createSharedOneAtATime({ redis: await redis.instance(), kind: "exports", log });
    const someone = user();
    const finish = deferred();
    let started = 0;
    let refused = 0;
    const runs = Array.from({ length: 20 }, (_, i) =>
      (i % 2 ? a : b).run(someone, `job ${i}`, refuse, async () => {
        started++;
        await finish.promise;
      }),
    );
    for (const run of runs) run.catch(() => refused++);
    await eventually(() => refused === 19, "all but one refused");
    expect(started).toBe(1);
    finish.resolve();
    await Promise.allSettled(runs);
  });

  it("keeps the place while a job outlasts the lock by renewing it, and frees it when the holder's instance dies", async () => {
    const lockMs = 300;
    const dying = await redis.bus();
    const a = createSharedOneAtATime({ redis: dying.redis!, kind: "exports", log, lockMs });
    const b = createSharedOneAtATime({ redis: await redis.instance(), kind: "exports", log, lockMs });
    const someone = user();
    const key = `penholder:busy:exports:${someone}`;
    const finish = deferred();
    const running = a.run(someone, "a long export", refuse, () => finish.promise);
    await eventually(async () => await redis.exists(key), "the place taken");
    const ttl = await redis.pTtl(key);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(lockMs);
    // Renewed: still held after several lock lengths.
    const since = Date.now();
    await eventually(() => Date.now() - since > 3 * lockMs, "three lock lengths passed", 5000);
    await expect(b.run(someone, "another", refuse, async () => "no")).rejects.toThrow("Busy with a long export");
    // The instance dies with the job unfinished: nobody renews the place, and it lapses.
    await dying.close();
    await eventually(async () => !(await redis.exists(key)), "the place lapsed", 5000);
    expect(await b.run(someone, "another", refuse, async () => "yes")).toBe("yes");
    finish.resolve();
    await running;
  });
});
