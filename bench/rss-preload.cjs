// Loaded with `node -r` before the CLI (bench.mjs, peak RSS of `hpom-lint` itself): prints the
// process's peak RSS to stderr as the last line, whatever way the CLI exits.
process.on("exit", () => {
  process.stderr.write(`\nHPOM_LINT_BENCH_MAXRSS_KIB=${process.resourceUsage().maxRSS}\n`);
});
