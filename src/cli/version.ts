/** The package version, replaced at build time from package.json. */
declare const __HPOM_LINT_VERSION__: string;

/** hpom-lint's version. */
export const VERSION: string = typeof __HPOM_LINT_VERSION__ === "string" ? __HPOM_LINT_VERSION__ : "0.0.0-dev";
