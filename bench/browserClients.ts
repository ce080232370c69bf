import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "./children";

// The two versions the browser benchmark serves side by side: this checkout, and a baseline commit (the document
// page before this work), taken with `git archive` into a temp directory kept between runs (a commit's build never
// changes), with its client built there.

const run = (command: string, args: string[], cwd: string) => execFileSync(command, args, { cwd, stdio: ["ignore", "ignore", "inherit"] });

/** Builds this checkout's client (dist/client) unless `skip`; returns its directory. */
export function currentClient(skip: boolean): string {
  if (!skip) run("npx", ["vite", "build", "--logLevel", "error"], repoRoot);
  return join(repoRoot, "dist", "client");
}

/**
 * The tree of `ref` (a commit of this repository) with its client built, once, into tmpdir and reused; this
 * checkout's bench/browserServer.ts and bench/longPaper.ts are copied into it, so the baseline's server is started
 * and filled the same way.
 */
export function baselineClient(ref: string): { root: string; dir: string; commit: string } {
  const commit = execFileSync("git", ["rev-parse", "--short", `${ref}^{commit}`], { cwd: repoRoot, encoding: "utf8" }).trim();
  const root = join(tmpdir(), `penholder-client-${commit}`);
  const dir = join(root, "dist", "client");
  const withBench = () => {
    for (const file of ["browserServer.ts", "longPaper.ts"]) copyFileSync(join(repoRoot, "bench", file), join(root, "bench", file));
    return { root, dir, commit };
  };
  if (existsSync(join(dir, "index.html"))) return withBench();
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  execFileSync("sh", ["-c", `git archive ${commit} | tar -x -C '${root}'`], { cwd: repoRoot, stdio: ["ignore", "ignore", "inherit"] });
  // The same dependencies as this checkout (the baseline's lock file differs from ours only if packages changed since).
  symlinkSync(join(repoRoot, "node_modules"), join(root, "node_modules"));
  run("npx", ["vite", "build", "--logLevel", "error"], root);
  return withBench();
}
