/**
 * What `hpom-lint graph` does (registered in `commands/graph.ts`): reads an
 * estate folder, or generates a pool model's files and reads those, and draws
 * the library's `graph` of it.
 */
import { resolve } from "node:path";
import { loadEstate, type Estate } from "../estate/load.js";
import { fileKindFromName } from "../files/file-kind.js";
import { generate } from "../generator/generate.js";
import { graph } from "../graph/build.js";
import { formatGraphDot } from "../graph/dot.js";
import { formatGraphMermaid } from "../graph/mermaid.js";
import { CliError, EXIT, type CliContext } from "./context.js";
import { displayPath } from "./files.js";
import { stat } from "./fs-async.js";
import { PoolModels } from "./load-pool.js";
import { readEstate } from "./read-estate.js";

/** The options of `graph`. */
export interface GraphCommandOptions {
  pool?: string;
  format: "mermaid" | "dot" | "svg";
}

/** The estate a pool model's generated files make up. */
async function modelEstate(path: string, ctx: CliContext): Promise<Estate> {
  const model = await new PoolModels(ctx.io).get(path);
  const files = generate(model).map((f) => ({ path: f.path, text: f.content }));
  return loadEstate(files, { pool: model });
}

/** Runs `graph` and returns the exit code. */
export async function graphCommand(target: string, options: GraphCommandOptions, ctx: CliContext): Promise<number> {
  const { io } = ctx;
  const path = resolve(io.cwd, target);
  const shown = path === resolve(io.cwd) ? "." : displayPath(io.cwd, path);
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new CliError(`${shown}: no such file or folder`);
  let estate: Estate;
  if (info.isDirectory()) ({ estate } = await readEstate(target, io, { pool: options.pool }));
  else if (options.pool !== undefined) throw new CliError(`--pool goes with an estate folder; ${shown} is a file, drawn as a pool model`);
  else if (fileKindFromName(path) !== undefined)
    throw new CliError(`${shown}: a file of one server; graph draws an estate folder (one folder per server) or a pool model`);
  else estate = await modelEstate(path, ctx);
  const drawn = graph(estate);
  if (options.format === "mermaid") io.stdout(formatGraphMermaid(drawn));
  else if (options.format === "dot") io.stdout(formatGraphDot(drawn));
  else {
    // Graphviz is 1.2 MB of WebAssembly: the build keeps it in a file of its own, read by this run only.
    const { renderSvg } = await import("./render-svg.js");
    io.stdout(await renderSvg(formatGraphDot(drawn)));
  }
  return EXIT.ok;
}
