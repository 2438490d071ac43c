/**
 * The pool model of a lint run (`--pool`, or the configuration's `pool`), read
 * once per file path. An invalid model stops the run (exit 2) with one line per
 * problem, each naming the file, line, column and the path in the model.
 */
import type { PoolModel } from "../model/schema.js";
import type { CliIo } from "./io.js";
import { CliError } from "./context.js";
import { displayPath, readInputText } from "./files.js";

/** Reads and caches pool models by absolute path. */
export class PoolModels {
  private readonly loaded = new Map<string, Promise<PoolModel>>();

  constructor(private readonly io: CliIo) {}

  /** The model at `path` (absolute); a `CliError` when it cannot be read or is invalid. */
  get(path: string): Promise<PoolModel> {
    let model = this.loaded.get(path);
    if (!model) {
      model = this.read(path);
      this.loaded.set(path, model);
    }
    return model;
  }

  private async read(path: string): Promise<PoolModel> {
    const shown = displayPath(this.io.cwd, path);
    const text = await readInputText({ kind: "file", path, display: shown }, this.io);
    // The model reader (zod, yaml) is loaded only by runs that have a pool model.
    const { parsePoolModel } = await import("../model/parse-pool-model.js");
    const { formatPoolModelIssue, PoolModelError } = await import("../model/pool-model-error.js");
    try {
      return parsePoolModel(text, shown);
    } catch (error) {
      if (!(error instanceof PoolModelError)) throw error;
      const lines = error.issues.map((issue) => formatPoolModelIssue(issue, shown));
      throw new CliError(`invalid pool model ${shown} (${lines.length} problem${lines.length === 1 ? "" : "s"}):`, lines);
    }
  }
}
