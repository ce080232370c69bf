import { describe, expect, it } from "vitest";
import { execFile, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { promisify } from "node:util";
import { RUN_MARKER_NAME, leftoverProcesses, type RunIdentity } from "./leftoverProcesses";
import { processExists, processTable, type ProcessEntry } from "./procTable";

const run = promisify(execFile);

const entry = (pid: number, ppid: number, extra: Partial<ProcessEntry> = {}): ProcessEntry => ({
  pid,
  ppid,
  state: "S",
  command: `process ${pid}`,
  carriesMarker: false,
  ...extra,
});

// The check the suite's teardown makes must be able to fail: it finds what a test left running.
describe("finding the processes a test run left behind", () => {
  it("follows the marker and the parent chain, and leaves out the runner, its workers, zombies and other runs", () => {
    const identity: RunIdentity = { runnerPid: 100, marker: "unused", isRunnerOwn: (e) => e.command.includes("worker") };
    const table = [
      entry(1, 0),
      entry(90, 1), // the shell that started the runner: not the run's
      entry(100, 90, { carriesMarker: true }), // the runner
      entry(101, 100, { carriesMarker: true, command: "vitest worker" }),
      entry(102, 101, { carriesMarker: true, command: "node --import tsx server/main.ts" }), // left by a test
      entry(103, 1, { carriesMarker: true, command: "node server/main.ts (adopted by init)" }),
      entry(104, 103), // its child, started with an environment of its own
      entry(105, 100, { command: "spawned without the environment" }),
      entry(106, 1, { carriesMarker: true }), // a postmaster whose runuser is gone
      entry(107, 106, { command: "postgres: checkpointer" }), // its environment area rewritten for the title
      entry(108, 100, { state: "Z" }),
      entry(200, 1, { command: "another run's server" }),
    ];
    expect(leftoverProcesses(table, identity).map((e) => e.pid)).toEqual([102, 103, 104, 105, 106, 107]);
  });

  it("finds a real process that outlived its parent, by the environment it inherited", async () => {
    const marker = `${RUN_MARKER_NAME}=selftest-${randomBytes(6).toString("hex")}`;
    const env = { ...process.env, [RUN_MARKER_NAME]: marker.slice(RUN_MARKER_NAME.length + 1) };
    // The shell ends at once; its `sleep` is adopted by init, as a server is whose wrapper was killed.
    const { stdout } = await run("sh", ["-c", "sleep 300 >/dev/null 2>&1 & echo $!"], { env });
    const orphan = Number(stdout.trim());
    const child = spawn("sleep", ["300"], { env: { PATH: process.env.PATH }, stdio: "ignore" });
    try {
      const identity: RunIdentity = { runnerPid: process.pid, marker, isRunnerOwn: () => false };
      const found = leftoverProcesses(processTable(marker), identity);
      expect(found.find((e) => e.pid === orphan)).toMatchObject({ command: "sleep 300", carriesMarker: true });
      expect(found.find((e) => e.pid === orphan)!.ppid).not.toBe(process.pid);
      expect(found.find((e) => e.pid === child.pid)).toMatchObject({ command: "sleep 300", carriesMarker: false, ppid: process.pid });
      // The same table read as another run sees nothing of this one's orphan.
      const other: RunIdentity = { runnerPid: 1 << 30, marker: `${RUN_MARKER_NAME}=another-run`, isRunnerOwn: () => false };
      expect(leftoverProcesses(processTable(other.marker), other).map((e) => e.pid)).not.toContain(orphan);
    } finally {
      process.kill(orphan, "SIGKILL");
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGKILL");
      await exited;
    }
    expect(processExists(child.pid!)).toBe(false);
  });
});
