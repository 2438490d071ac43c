/**
 * Which hpom-lint the VS Code extension starts (editors/vscode/src/server-location.ts), on real
 * folders: the setting, else the workspace's node_modules (trusted only), else the shipped copy.
 * A found bin script is run for real to show the command line starts hpom-lint.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, symlinkSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { findServer, ServerNotFoundError, type ServerCommand, type ServerSearch } from "../../editors/vscode/src/server-location.js";
import { workspace } from "../cli/workspace.js";

const root = resolve(__dirname, "../..");
const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
const EDITOR = "/opt/editor/code";

/** A workspace whose node_modules/hpom-lint is this repository's package (as `npm i hpom-lint` would link it). */
function projectWithHpomLint(files: Record<string, string> = {}): string {
  const dir = workspace({ "package.json": "{}\n", ...files });
  mkdirSync(join(dir, "node_modules"));
  symlinkSync(root, join(dir, "node_modules", "hpom-lint"), "dir");
  return dir;
}

function search(overrides: Partial<ServerSearch>): ServerSearch {
  return { workspaceFolders: [], trusted: true, bundledPackage: root, editorExecutable: EDITOR, ...overrides };
}

/** What the command's hpom-lint says to `--version`, run by this Node.js in place of the editor's. */
function versionOf(server: ServerCommand): string {
  const [script] = server.args;
  return execFileSync(process.execPath, [script!, "--version"], { encoding: "utf8" }).trim();
}

describe("the VS Code extension's choice of server", () => {
  it("runs the workspace's own node_modules/hpom-lint with the editor's Node.js, as `hpom-lint lsp --stdio`", () => {
    const project = projectWithHpomLint();
    const server = findServer(search({ workspaceFolders: [project], bundledPackage: "/nowhere" }));
    expect(server).toEqual({
      source: "workspace",
      command: EDITOR,
      args: [join(project, "node_modules/hpom-lint/bin/hpom-lint.js"), "lsp", "--stdio"],
      editorAsNode: true,
      shell: false,
    });
    expect(versionOf(server)).toContain(version);
  });

  it("finds node_modules in a folder above the workspace folder, and in a later workspace folder", () => {
    const project = projectWithHpomLint({ "respmgrs/allnodes": "" });
    expect(findServer(search({ workspaceFolders: [join(project, "respmgrs")] })).source).toBe("workspace");
    const bare = workspace({ allnodes: "" });
    expect(findServer(search({ workspaceFolders: [bare, project] })).args[0]).toBe(
      join(project, "node_modules/hpom-lint/bin/hpom-lint.js"),
    );
  });

  it("passes over an untrusted workspace's node_modules for the shipped copy", () => {
    const project = projectWithHpomLint();
    const server = findServer(search({ workspaceFolders: [project], trusted: false }));
    expect(server.source).toBe("bundled");
    expect(server.args).toEqual([join(root, "bin/hpom-lint.js"), "lsp", "--stdio"]);
    expect(versionOf(server)).toContain(version);
  });

  it("falls back on the shipped copy, and says so when that is missing too", () => {
    const bare = workspace({ "node_modules/other/package.json": '{"name":"other"}' });
    expect(findServer(search({ workspaceFolders: [bare] })).source).toBe("bundled");
    expect(() => findServer(search({ workspaceFolders: [bare], bundledPackage: bare }))).toThrow(
      new ServerNotFoundError(`the hpom-lint shipped with the extension is missing from ${bare}; reinstall the extension`),
    );
  });

  it("takes hpomLint.server.path first: a package folder, relative to the first workspace folder", () => {
    const project = projectWithHpomLint();
    const server = findServer(search({ serverPath: "node_modules/hpom-lint", workspaceFolders: [project], bundledPackage: "/nowhere" }));
    expect(server.source).toBe("setting");
    expect(server.args[0]).toBe(join(project, "node_modules/hpom-lint/bin/hpom-lint.js"));
  });

  it("runs a script named by the setting with hpomLint.server.runtime, and an executable as it is", () => {
    const script = join(root, "bin/hpom-lint.js");
    expect(findServer(search({ serverPath: script, runtime: "node" }))).toEqual({
      source: "setting",
      command: "node",
      args: [script, "lsp", "--stdio"],
      editorAsNode: false,
      shell: false,
    });
    const tools = workspace({ "bin/hpom-lint": "#!/bin/sh\n", "bin/hpom-lint.cmd": "@echo off\n", "node/bin/node": "" });
    expect(findServer(search({ serverPath: join(tools, "bin/hpom-lint"), runtime: "node/bin/node", workspaceFolders: [tools] }))).toEqual({
      source: "setting",
      command: join(tools, "bin/hpom-lint"),
      args: ["lsp", "--stdio"],
      editorAsNode: false,
      shell: false,
    });
    expect(findServer(search({ serverPath: join(tools, "bin/hpom-lint.cmd") })).shell).toBe(true);
    expect(findServer(search({ serverPath: script, runtime: "node/bin/node", workspaceFolders: [tools] })).command).toBe(
      join(tools, "node/bin/node"),
    );
  });

  it("reports a setting that names nothing usable, naming the path", () => {
    const folder = workspace({ "package.json": '{"name":"something-else","bin":"x.js"}', "x.js": "" });
    expect(() => findServer(search({ serverPath: join(folder, "missing") }))).toThrow(
      `hpomLint.server.path: ${join(folder, "missing")} does not exist`,
    );
    expect(() => findServer(search({ serverPath: folder }))).toThrow(`hpomLint.server.path: ${folder} is not a hpom-lint package folder`);
    const broken = workspace({ "package.json": '{"name": "hpom-lint",' });
    expect(() => findServer(search({ serverPath: broken }))).toThrow(ServerNotFoundError);
    expect(() => findServer(search({ serverPath: broken }))).toThrow(join(broken, "package.json"));
  });
});
