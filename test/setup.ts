/**
 * Runs in each test file before its tests. Test files share their modules
 * (vitest.config.ts: no isolation), so what a helper module must do per file
 * is registered here rather than when the module is first loaded.
 */
import { afterAll } from "vitest";
import { setGrammarValidation } from "../src/parser/parse.js";
import { removeWorkspaces } from "./cli/workspace.js";

// Chevrotain's grammar validations are off in production for start-up time; tests turn them on.
setGrammarValidation(true);
afterAll(removeWorkspaces);
