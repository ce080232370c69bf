import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";

// CPU and memory of another process, read from /proc (Linux only).

let clockTicks = 100;
try {
  clockTicks = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
} catch {
  // 100 is the Linux default
}

/** User + system CPU time of a process (all its threads), in milliseconds; null once it is gone. */
export function cpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may contain spaces) start at state: utime is field 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    return ((utime + stime) * 1000) / clockTicks;
  } catch {
    return null;
  }
}

function statusField(pid: number, field: string): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** Resident set size in kB (VmRSS). */
export const rssKb = (pid: number): number | null => statusField(pid, "VmRSS");

/** Samples VmRSS every `everyMs` and keeps the peak. */
export function rssSampler(pid: number, everyMs = 200) {
  let peak = rssKb(pid) ?? 0;
  const timer = setInterval(() => {
    const now = rssKb(pid);
    if (now !== null && now > peak) peak = now;
  }, everyMs);
  return {
    stop(): number {
      clearInterval(timer);
      const now = rssKb(pid);
      if (now !== null && now > peak) peak = now;
      return peak;
    },
  };
}

/** CPU time the whole machine spent busy (all cores, not idle or iowait), in milliseconds. */
export function machineBusyMs(): number {
  const line = readFileSync("/proc/stat", "utf8").split("\n", 1)[0]!;
  const [user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number);
  return (((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0)) * 1000) / clockTicks;
}

/** Busy CPU of everything on the machine over `ms`, in % of one core (between runs: other people's work). */
export async function machineBusyPercent(ms: number): Promise<number> {
  const before = machineBusyMs();
  const self = process.cpuUsage();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const own = process.cpuUsage(self);
  return ((machineBusyMs() - before - (own.user + own.system) / 1000) / ms) * 100;
}
