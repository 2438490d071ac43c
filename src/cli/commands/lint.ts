/**
 * `hpom-lint [lint] <paths...>`: check files and report their diagnostics. The
 * default command, so `hpom-lint <paths>` runs it too.
 */
import { type Command, Option } from "commander";
import { lint as lintText } from "../../lint/lint.js";
import { EXIT, useColor, type CliContext } from "../context.js";
import { collectInputs, readInputText } from "../files.js";
import { formatJson } from "../report/json.js";
import { formatStylish, type FileReport } from "../report/stylish.js";

interface LintOptions {
  format: "stylish" | "json";
  stdinFilename?: string;
  color?: boolean;
}

async function lint(paths: string[], options: LintOptions, ctx: CliContext): Promise<number> {
  const { io } = ctx;
  const inputs = await collectInputs(paths, io.cwd, options.stdinFilename);
  const reports: FileReport[] = [];
  for (const input of inputs) {
    const text = await readInputText(input, io);
    const diagnostics = lintText(text, { filename: input.display });
    reports.push({ filename: input.display, text, diagnostics });
  }
  io.stdout(options.format === "json" ? formatJson(reports) : formatStylish(reports, useColor(io, options.color)));
  return reports.some((r) => r.diagnostics.some((d) => d.severity === "error")) ? EXIT.problems : EXIT.ok;
}

/** Adds `lint` to `program` as its default command. */
export function registerLint(program: Command, ctx: CliContext): void {
  program
    .command("lint", { isDefault: true })
    .description("check files and report their problems (the default command)")
    .argument("<paths...>", "files, folders (searched for allnodes, msgforw, escmgr, mgrconf, outage and node files), globs or - for stdin")
    .addOption(new Option("-f, --format <format>", "output format").choices(["stylish", "json"]).default("stylish"))
    .option("--stdin-filename <name>", "file name to report for input read from stdin")
    .option("--color", "force colours on")
    .option("--no-color", "turn colours off")
    .addHelpText(
      "after",
      "\nExamples:\n  hpom-lint respmgrs/\n  hpom-lint allnodes msgforw\n  hpom-lint 'respmgrs/**/msgforw'\n  cat allnodes | hpom-lint - --stdin-filename allnodes\n",
    )
    .action(async (paths: string[], options: LintOptions) => {
      ctx.exitCode = await lint(paths, options, ctx);
    });
}
