import { readdirSync, readFileSync, readlinkSync } from "node:fs";

// What Linux's /proc says about processes: who is running, who started whom, and who holds a file or a
// listening port. Tests use it to prove that a process they stopped is really gone, and the suite's teardown to
// find processes a test left behind. A process can end between two reads: every read treats "gone" as gone.

export interface ProcessEntry {
  pid: number;
  ppid: number;
  /** The state letter of /proc/<pid>/stat: R, S, D, ... Z is a zombie (ended, holds nothing, not yet reaped). */
  state: string;
  /** The command line, or `[name]` for a process without one. */
  command: string;
  /** Whether the environment it was started with holds the given `NAME=value`, or its command line has it as a word. */
  carriesMarker: boolean;
}

const pids = (): number[] =>
  readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map(Number);

const readOrNull = (path: string): string | null => {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null; // ended meanwhile, or not ours to read
  }
};

/** Every process on the machine now; `marker` is a `NAME=value` looked for in each one's environment. */
export function processTable(marker: string): ProcessEntry[] {
  const entries: ProcessEntry[] = [];
  for (const pid of pids()) {
    const stat = readOrNull(`/proc/${pid}/stat`);
    if (stat === null) continue;
    // The name in parentheses may hold spaces and parentheses: the fields after it start at the last ")".
    const [state, ppid] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const name = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
    const command = (readOrNull(`/proc/${pid}/cmdline`) ?? "").split("\0").join(" ").trim() || `[${name}]`;
    const environ = readOrNull(`/proc/${pid}/environ`) ?? "";
    // nginx writes its title over its environment area; it is given the marker as a word of its command line.
    const carriesMarker = environ.split("\0").includes(marker) || command.split(/\s+/).includes(marker);
    entries.push({ pid, ppid: Number(ppid), state: state!, command, carriesMarker });
  }
  return entries;
}

/** Whether a process with this pid exists (a zombie still does); false once `kill(pid, 0)` answers ESRCH. */
export function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ESRCH") return false;
    throw error; // EPERM: it exists, as another user's
  }
}

function openTargets(pid: number): string[] {
  let fds: string[];
  try {
    fds = readdirSync(`/proc/${pid}/fd`);
  } catch {
    return [];
  }
  const targets: string[] = [];
  for (const fd of fds) {
    try {
      targets.push(readlinkSync(`/proc/${pid}/fd/${fd}`));
    } catch {
      // closed meanwhile
    }
  }
  return targets;
}

/** The pids that have `path` open (give the absolute path, as the kernel shows it). */
export function pidsHoldingFile(path: string): number[] {
  return pids().filter((pid) => openTargets(pid).includes(path));
}

/** The socket inodes listening on TCP `port`, over IPv4 and IPv6. */
function listeningInodes(port: number): Set<string> {
  const inodes = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    for (const line of (readOrNull(table) ?? "").split("\n").slice(1)) {
      const fields = line.trim().split(/\s+/);
      // local_address is ADDRESS:PORT in hex; state 0A is LISTEN; the inode is the tenth field.
      if (fields.length < 10 || fields[3] !== "0A") continue;
      if (parseInt(fields[1]!.split(":")[1]!, 16) === port) inodes.add(fields[9]!);
    }
  }
  return inodes;
}

/** The pids holding a socket that listens on TCP `port`. */
export function pidsListeningOn(port: number): number[] {
  const sockets = [...listeningInodes(port)].map((inode) => `socket:[${inode}]`);
  if (sockets.length === 0) return [];
  return pids().filter((pid) => openTargets(pid).some((target) => sockets.includes(target)));
}
