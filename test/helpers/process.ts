import { spawn, type ChildProcess } from "node:child_process";

/**
 * How the project runs a TypeScript entry point: ONE node process with tsx as its loader, as `npm start` does.
 * (`tsx file.ts` would run the file in a child of a tsx process: a signal sent to the pid we know would reach the
 * wrapper, not the server, and SIGKILL would leave the server running.)
 */
export const NODE_WITH_TSX = ["--import", "tsx"] as const;

/** `process.execPath --import tsx <script> ...args`, as arguments for spawn or execFile. */
export const nodeScript = (script: string, ...args: string[]): [string, string[]] => [process.execPath, [...NODE_WITH_TSX, script, ...args]];

export interface MainProcess {
  url: string;
  port: number;
  /** The server's own pid: the process that listens and holds the database. */
  pid: number;
  child: ChildProcess;
  output(): string;
  /** Sends the signal and waits until the process has ended and is reaped. */
  stop(signal: NodeJS.Signals): Promise<void>;
}

/** `server/main.ts` in a child process, as `npm start` runs it, on a free port. */
export function startMain(env: Record<string, string>): Promise<MainProcess> {
  const [command, args] = nodeScript("server/main.ts");
  const child = spawn(command, args, { env: { ...process.env, PORT: "0", LOG_LEVEL: "silent", ...env } });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop("SIGKILL");
      reject(new Error(`server did not start:\n${output}`));
    }, 20_000);
    child.stdout!.on("data", () => {
      const match = /running: (http:\/\/localhost:(\d+))/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1]!, port: Number(match[2]), pid: child.pid!, child, output: () => output, stop });
      }
    });
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${signal ?? code}:\n${output}`));
    });
  });
}
