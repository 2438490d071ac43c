/** The names `--format` takes, apart from the formatters so the CLI can declare its options without loading them. */
export const FORMAT_NAMES = ["stylish", "json", "sarif", "github", "gitlab", "junit"] as const;

/** Name of an output format. */
export type FormatName = (typeof FORMAT_NAMES)[number];
