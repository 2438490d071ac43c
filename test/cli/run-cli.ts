/**
 * Runs the built `bin/hpom-lint.js` as a child process, exactly as users and CI
 * pipelines run it: for the smoke tests and what needs a real process (another
 * user id, worker threads, the compile cache). Everything else runs the CLI in
 * process with `runInProcess` (run-in-process.ts), which takes the same arguments.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

export const root = resolve(__dirname, "../..");
export const bin = join(root, "bin/hpom-lint.js");
export const fixtures = join(__dirname, "fixtures");

export interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Standard input (empty when not given). */
  input?: string | Buffer;
  env?: Record<string, string>;
  /** The working directory; the fixtures folder when not given. */
  cwd?: string;
  /** Run as this user and group id (needs root). */
  uid?: number;
}

/** Runs the CLI with `args`; never rejects (a crash shows as code 99). */
export function run(args: string[], options: RunOptions = {}): Promise<Result> {
  return new Promise((done) => {
    const child = execFile(
      process.execPath,
      [bin, ...args],
      {
        cwd: options.cwd ?? fixtures,
        env: { ...process.env, NO_COLOR: "1", ...options.env },
        ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
      },
      (error, stdout, stderr) => {
        const code = error && typeof error.code === "number" ? error.code : error ? 99 : 0;
        done({ code, stdout, stderr });
      },
    );
    child.stdin?.end(options.input ?? "");
  });
}

/** Fails early, with the way out, when the CLI has not been built. */
export function requireBuild(): void {
  if (!existsSync(join(root, "dist/cli.cjs"))) throw new Error("dist/ is missing: run `npm run build` (npm test does it first)");
}
