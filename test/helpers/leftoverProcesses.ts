import { processTable, type ProcessEntry } from "./procTable";

// After a test run, no server, database or browser that a test started may still be running: a leftover server
// keeps its database open (a later run, or a restarted test server, then shares it), and a leftover process is
// how "the SIGKILL test never killed the server" went unnoticed. The run's global setup marks its environment
// (RUN_MARKER_NAME=<random>); every process a test starts inherits it, so a process that outlived its parent and
// was adopted by init is still recognised as the run's, while a concurrent run's processes are not.

export const RUN_MARKER_NAME = "PENHOLDER_TEST_RUN";

export interface RunIdentity {
  /** The test runner's main process (it runs the global setup). */
  runnerPid: number;
  /** `RUN_MARKER_NAME=<value>` as this run set it. */
  marker: string;
  /** The runner's own helpers (its test workers), which it ends by itself. */
  isRunnerOwn(entry: ProcessEntry): boolean;
}

/**
 * The processes of `table` that belong to the run and are still alive: those with the run's marker in their own
 * or an ancestor's environment (a PostgreSQL child rewrites its environment area for its title; its postmaster
 * does not), or whose parent chain leads to the runner. The runner, its own helpers and zombies are left out.
 */
export function leftoverProcesses(table: ProcessEntry[], run: RunIdentity): ProcessEntry[] {
  const byPid = new Map(table.map((entry) => [entry.pid, entry]));
  const belongsToRun = (entry: ProcessEntry): boolean => {
    const seen = new Set<number>();
    for (let at: ProcessEntry | undefined = entry; at && !seen.has(at.pid); at = byPid.get(at.ppid)) {
      if (at.pid === run.runnerPid || at.carriesMarker) return true;
      seen.add(at.pid);
    }
    return false;
  };
  return table.filter((entry) => entry.pid !== run.runnerPid && entry.state !== "Z" && !run.isRunnerOwn(entry) && belongsToRun(entry));
}

/**
 * Waits up to `graceMs` for the run's processes to end (a stopped PostgreSQL's watchdog takes a second, an esbuild
 * service ends when its parent's pipe closes) and returns those still alive then.
 */
export async function waitForLeftovers(run: RunIdentity, graceMs: number): Promise<ProcessEntry[]> {
  const deadline = Date.now() + graceMs;
  for (;;) {
    const left = leftoverProcesses(processTable(run.marker), run);
    if (left.length === 0 || Date.now() >= deadline) return left;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** One line per process, for the failure message. */
export const describeProcesses = (entries: ProcessEntry[]): string =>
  entries.map((e) => `  pid ${e.pid} (parent ${e.ppid}): ${e.command.length > 200 ? `${e.command.slice(0, 200)}…` : e.command}`).join("\n");
