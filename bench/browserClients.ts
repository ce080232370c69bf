import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "./children";

// The two browser apps the browser benchmark serves side by side: this checkout's, and the one of a baseline commit
// (the document page before lazy mounting), built from `git archive` of that commit into a temp directory that is
// kept between runs (the build of a commit never changes).

const run = (command: string, args: string[], cwd: string) => execFileSync(command, args, { cwd, stdio: ["ignore", "ignore", "inherit"] });

/** Builds this checkout's client (dist/client) unless `skip`; returns its directory. */
export function currentClient(skip: boolean): string {
  if (!skip) run("npx", ["vite", "build", "--logLevel", "error"], repoRoot);
  return join(repoRoot, "dist", "client");
}

/** The client of `ref` (a commit of this repository), built once into tmpdir and reused. */
export function baselineClient(ref: string): { dir: string; commit: string } {
  const commit = execFileSync("git", ["rev-parse", "--short", `${ref}^{commit}`], { cwd: repoRoot, encoding: "utf8" }).trim();
  const root = join(tmpdir(), `penholder-client-${commit}`);
  const dir = join(root, "dist", "client");
  if (existsSync(join(dir, "index.html"))) return { dir, commit };
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  execFileSync("sh", ["-c", `git archive ${commit} | tar -x -C '${root}'`], { cwd: repoRoot, stdio: ["ignore", "ignore", "inherit"] });
  // The same dependencies as this checkout (the baseline's lock file differs from ours only if packages changed since).
  symlinkSync(join(repoRoot, "node_modules"), join(root, "node_modules"));
  run("npx", ["vite", "build", "--logLevel", "error"], root);
  return { dir, commit };
}
