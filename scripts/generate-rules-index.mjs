#!/usr/bin/env node
/** Writes `docs/rules/README.md` from the built `dist/tooling.js` (`npm run docs`). */
import { renameSync, writeFileSync } from "node:fs";
import { rulesIndex } from "../dist/tooling.js";

const target = new URL("../docs/rules/README.md", import.meta.url);
const temp = new URL(`../docs/rules/.README.md.${process.pid}.tmp`, import.meta.url);
writeFileSync(temp, rulesIndex());
renameSync(temp, target);
