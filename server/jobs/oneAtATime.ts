// One job of a kind in flight per user (waiting or running): a user who asks again meanwhile is told what is
// still under way instead of queueing a second one. The workers do one job at a time for everyone, so without
// this one account could fill their queue and deny exports or imports to every other user.

export interface OneAtATime {
  /**
   * Runs `work` in the user's one place, described by `what` ("“The IGF We Need” as PDF"); when the place is taken,
   * throws what `refuse` builds from the description of the job that holds it.
   */
  run<T>(userId: string, what: string, refuse: (busyWith: string) => Error, work: () => Promise<T>): Promise<T>;
}

export function createOneAtATime(): OneAtATime {
  const inFlight = new Map<string, string>();
  return {
    async run(userId, what, refuse, work) {
      const busyWith = inFlight.get(userId);
      if (busyWith !== undefined) throw refuse(busyWith);
      inFlight.set(userId, what);
      try {
        return await work();
      } finally {
        inFlight.delete(userId);
      }
    },
  };
}
