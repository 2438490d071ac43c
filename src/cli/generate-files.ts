/**
 * What `hpom-lint generate` does (registered in `commands/generate.ts`, which
 * loads this module only when the command runs): the library's `generate` for
 * a model file, written below `--out`.
 *
 * Only files whose content changes are written, and a run is all or nothing as
 * far as the file system allows: every new file is first written to a temporary
 * file beside it, and only when all of them are written are they renamed into
 * place and obsolete files removed; should one fail, the temporary files and
 * the folders this run created are removed, and the previous output stays as
 * it was. (A rename that fails after others succeeded — the target turned into
 * a folder meanwhile, say — cannot be undone; it is still reported.) Nothing is written outside `--out`: every path is checked,
 * folders reached through a symbolic link that leads out are refused, and a
 * symbolic link or other non-regular file where a generated file belongs is
 * left alone (an error). The only files ever removed are files this command
 * generated earlier — they open with its marker — that the model no longer
 * produces: in the folders it writes to, and in the other folders of `--out`
 * (a sender or pool since removed) those generated from the same model file.
 *
 * `--check` writes nothing and lists every file that is missing, differs or is
 * obsolete, for CI drift detection.
 */
import { lstat, readdir, realpath, rm, rmdir, stat } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { generate } from "../generator/generate.js";
import type { GeneratedFile } from "../generator/generated-file.js";
import { GENERATED_MARKER, generatedFrom } from "../generator/header.js";
import { commentText } from "../generator/markdown.js";
import { parsePoolModel, poolModelHintsIn } from "../model/parse-pool-model.js";
import { formatPoolModelIssue, PoolModelError } from "../model/pool-model-error.js";
import { printableName } from "../util/printable.js";
import { EXIT, failureText, type CliContext } from "./context.js";
import { readInputText } from "./files.js";
import { makeFolders } from "./make-folders.js";
import { readRegularFile, UnreadableFile } from "./read-file.js";
import { removeStaleTemporaries } from "./stale-temporaries.js";
import { stageFile, type StagedFile } from "./replace-file.js";

/** The command's options. */
export interface GenerateOptions {
  out: string;
  check?: boolean;
}

/** How an output file compares with what is on disk. */
type State = "missing" | "differs" | "same" | "obsolete";

/** A path below `--out` that this run may not write. */
class OutputError extends Error {}

/** The absolute path of a generated file, refusing anything that would leave `out`. */
function targetOf(out: string, path: string): string {
  const segments = path.split("/");
  if (isAbsolute(path) || path.includes("\\") || segments.some((s) => s === "" || s === "." || s === "..")) {
    throw new OutputError(`${path}: not a plain relative path; refusing to write it`);
  }
  return join(out, ...segments);
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel));
}

function codeOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException).code;
}

/** What is at `path`: the text of a regular file, `null` for nothing; an `OutputError` for anything else. */
async function existing(path: string, shown: string): Promise<string | null> {
  const info = await lstat(path).catch((error: unknown) => {
    if (codeOf(error) === "ENOENT") return null;
    throw new OutputError(`${shown}: cannot read (${codeOf(error) ?? String(error)})`);
  });
  if (!info) return null;
  if (!info.isFile()) throw new OutputError(`${shown}: not a regular file (a link or a folder?); leaving it alone`);
  return readRegularFile(path).then(
    (bytes) => bytes.toString("utf8"),
    (error: unknown) => {
      throw error instanceof UnreadableFile ? new OutputError(`${shown}: ${error.message}`) : error;
    },
  );
}

/** Whether a file's text opens with the generated-file marker (Markdown files inside an HTML comment). */
function isGenerated(text: string): boolean {
  const first = text.replace(/^<!--\n/, "").split("\n", 1)[0] ?? "";
  return first.replace(/^#\s*/, "").startsWith(GENERATED_MARKER);
}

/** Whether a file's text opens with the sentence saying it was generated from the model named `source`. */
function isGeneratedFrom(text: string, source: string): boolean {
  // The sentence is wrapped over comment lines at spaces: joined again with spaces, it is whole.
  const joined = text
    .replace(/^<!--\n/, "")
    .split("\n")
    .map((line) => line.replace(/^#\s?/, ""))
    .join(" ");
  // A runbook has it in an HTML comment, escaped there.
  const sentence = generatedFrom(source);
  return joined.startsWith(sentence) || joined.startsWith(commentText(sentence));
}

/** The real path of `path` (links resolved), or undefined when it does not exist. */
async function realOrNothing(path: string): Promise<string | undefined> {
  return realpath(path).catch(() => undefined);
}

/**
 * Files that an earlier run generated and this model no longer produces. In the
 * folders the model writes to, that is every generated file; in the other
 * folders of `out` — a sender or pool since removed from the model — only the
 * files generated from this same model, as another model may generate into
 * `out` too. Folders that lead outside `out` are not looked into.
 */
async function obsoleteFiles(out: string, files: readonly GeneratedFile[], source: string): Promise<string[]> {
  const realOut = await realOrNothing(out);
  if (realOut === undefined) return [];
  const wanted = new Set(files.map((f) => f.path));
  const written = new Set(files.map((f) => f.path.slice(0, f.path.indexOf("/"))));
  const subfolders = await readdir(realOut, { withFileTypes: true }).catch((error: unknown) => {
    throw new OutputError(`--out: cannot read folder (${codeOf(error) ?? String(error)})`);
  });
  const others = subfolders.filter((e) => e.isDirectory() && !written.has(e.name)).map((e) => e.name);
  const found: string[] = [];
  for (const folder of [...written, ...others]) {
    const real = await realOrNothing(join(out, folder));
    if (real === undefined || !isInside(realOut, real)) continue;
    const entries = await readdir(real, { withFileTypes: true }).catch((error: unknown) => {
      throw new OutputError(`${folder}: cannot read folder (${codeOf(error) ?? String(error)})`);
    });
    for (const entry of entries) {
      const path = `${folder}/${entry.name}`;
      if (!entry.isFile() || wanted.has(path)) continue;
      const head = await readRegularFile(join(real, entry.name)).then(
        (bytes) => bytes.toString("utf8", 0, 4000).slice(0, 1000),
        () => "",
      );
      if (written.has(folder) ? isGenerated(head) : isGeneratedFrom(head, source)) found.push(path);
    }
  }
  return found.sort();
}

/**
 * Creates `folder` (and its parents), adding every folder it creates to
 * `created`; an `OutputError` saying `what` could not be created when that fails.
 */
async function makeFolder(folder: string, what: string, created: string[]): Promise<void> {
  const first = await makeFolders(folder).catch((error: unknown) => {
    throw new OutputError(`cannot create ${what} (${codeOf(error) ?? String(error)})`);
  });
  if (first === undefined) return;
  // `first` is the outermost folder mkdir created: every folder from `folder` up to it is new.
  for (let f = folder; f !== first && dirname(f) !== f; f = dirname(f)) created.push(f);
  created.push(first);
}

/** Removes what `makeFolder` created, deepest first, each only if still empty. */
async function removeFolders(created: readonly string[]): Promise<void> {
  for (const folder of [...created].sort((a, b) => b.length - a.length)) await rmdir(folder).catch(() => undefined);
}

/** Creates the folder of `target` and checks that, links resolved, it is still below `realOut`. */
async function prepareFolder(realOut: string, target: string, shown: string, created: string[]): Promise<void> {
  const folder = dirname(target);
  await makeFolder(folder, `the folder of ${shown}`, created);
  if (!isInside(realOut, await realpath(folder))) throw new OutputError(`${shown}: its folder leads outside --out; refusing to write it`);
}

/** Generates the files of the model at `modelArg` below `options.out` (or checks them); returns the exit code. */
export async function generateCommand(modelArg: string, options: GenerateOptions, ctx: CliContext): Promise<number> {
  const { io } = ctx;
  const modelPath = resolve(io.cwd, modelArg);
  const out = resolve(io.cwd, options.out);
  const text = await readInputText({ kind: "file", path: modelPath, display: modelArg }, io);

  let files: GeneratedFile[];
  let source: string;
  try {
    // The model is named relative to --out, so the output does not depend on the working directory.
    source = relative(out, modelPath).split(sep).join("/");
    const model = parsePoolModel(text, modelArg);
    files = generate(model, { source });
    // Hints go to stderr and change no exit code: the model is valid, the files are what it says.
    for (const hint of poolModelHintsIn(text, model))
      io.stderr(`${printableName(formatPoolModelIssue({ ...hint, message: `info: ${hint.message}` }, modelArg))}\n`);
  } catch (error) {
    if (!(error instanceof PoolModelError)) throw error;
    for (const issue of error.issues) io.stderr(`${printableName(formatPoolModelIssue(issue, modelArg))}\n`);
    return EXIT.failure;
  }

  try {
    const outInfo = await stat(out).catch(() => undefined);
    if (outInfo && !outInfo.isDirectory()) throw new OutputError(`--out ${options.out}: not a folder`);
    const states: [string, State][] = [];
    for (const file of files) {
      const current = await existing(targetOf(out, file.path), file.path);
      states.push([file.path, current === null ? "missing" : current === file.content ? "same" : "differs"]);
    }
    for (const path of await obsoleteFiles(out, files, source)) states.push([path, "obsolete"]);
    return options.check ? report(states, ctx) : await write(out, files, states, ctx);
  } catch (error) {
    if (error instanceof OutputError) {
      io.stderr(failureText(error.message));
      return EXIT.failure;
    }
    throw error;
  }
}

/** `--check`: one line per file that is missing, differs or is obsolete. */
function report(states: readonly [string, State][], ctx: CliContext): number {
  const changed = states.filter(([, state]) => state !== "same");
  for (const [path, state] of changed) ctx.io.stdout(`${printableName(path)}: ${state}\n`);
  return changed.length > 0 ? EXIT.problems : EXIT.ok;
}

async function write(out: string, files: readonly GeneratedFile[], states: readonly [string, State][], ctx: CliContext): Promise<number> {
  const state = new Map(states);
  const staged: [GeneratedFile, StagedFile][] = [];
  const created: string[] = [];
  try {
    await makeFolder(out, "the --out folder", created);
    const realOut = await realpath(out);
    // A killed run may have left temporary files for files this model no longer produces, or that are now current.
    const folders = new Set(files.map((file) => dirname(targetOf(out, file.path))));
    for (const folder of folders) {
      const real = await realOrNothing(folder);
      if (real !== undefined && isInside(realOut, real)) await removeStaleTemporaries(real);
    }
    for (const file of files) {
      if (state.get(file.path) === "same") continue;
      const target = targetOf(out, file.path);
      await prepareFolder(realOut, target, file.path, created);
      try {
        staged.push([file, await stageFile(target, file.content)]);
      } catch (error) {
        throw new OutputError(`${file.path}: cannot write (${codeOf(error) ?? String(error)})`);
      }
    }
  } catch (error) {
    for (const [, s] of staged) await s.discard();
    await removeFolders(created);
    throw error;
  }
  for (const [i, [file, s]] of staged.entries()) {
    try {
      await s.commit();
    } catch (error) {
      for (const [, rest] of staged.slice(i)) await rest.discard();
      throw new OutputError(`${file.path}: cannot write (${codeOf(error) ?? String(error)})`);
    }
    ctx.io.stdout(`${state.get(file.path) === "missing" ? "created" : "updated"} ${file.path}\n`);
  }
  for (const [path, now] of states) {
    if (now !== "obsolete") continue;
    await rm(targetOf(out, path)).catch((error: unknown) => {
      throw new OutputError(`${path}: cannot remove (${codeOf(error) ?? String(error)})`);
    });
    // A folder left empty held only what this command generated (a sender since removed): it goes too.
    await rmdir(dirname(targetOf(out, path))).catch(() => undefined);
    ctx.io.stdout(`removed ${path} (generated earlier, no longer by this model)\n`);
  }
  return EXIT.ok;
}
