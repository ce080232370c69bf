import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";

export const TSX = join("node_modules", ".bin", "tsx");

export interface MainProcess {
  url: string;
  child: ChildProcess;
  output(): string;
  /** Sends the signal and waits for the process to end. */
  stop(signal: NodeJS.Signals): Promise<void>;
}

/** `server/main.ts` in a child process, as `npm start` runs it, on a free port. */
export function startMain(env: Record<string, string>): Promise<MainProcess> {
  const child = spawn(TSX, ["server/main.ts"], { env: { ...process.env, PORT: "0", LOG_LEVEL: "silent", ...env } });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 20_000);
    child.stdout!.on("data", () => {
      const match = /running: (http:\/\/localhost:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({
          url: match[1]!,
          child,
          output: () => output,
          async stop(signal) {
            if (child.exitCode === null && child.signalCode === null) child.kill(signal);
            await exited;
          },
        });
      }
    });
    child.once("exit", (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}
