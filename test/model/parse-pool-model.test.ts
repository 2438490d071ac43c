/**
 * `parsePoolModel`: YAML and JSON text to a model; every problem — syntax,
 * shape, cross-field — with its path in the model and its line and column.
 */
import { describe, expect, it } from "vitest";
import { parsePoolModel, PoolModelError } from "../../src/index.js";

/** `line:column path: message` of each issue `parsePoolModel` throws for `text`. */
function problems(text: string, filename?: string): string[] {
  try {
    parsePoolModel(text, filename);
  } catch (error) {
    expect(error).toBeInstanceOf(PoolModelError);
    return (error as PoolModelError).issues.map((i) => `${i.line}:${i.column} ${i.path}: ${i.message}`);
  }
  throw new Error("the model was accepted");
}

const YAML = `# yaml-language-server: $schema=../schema/pool-model.schema.json
version: 1
pools:
  - name: core
    members: [serv1.bbn.hp.com, serv2.bbn.hp.com]
    virtual: [virt.bbn.hp.com]
    primary: virt.bbn.hp.com
    forwardTo: [top.bbn.hp.com]
senders:
  - server: m3.bbn.hp.com
    forwardTo: [core]
    mode: virtual
`;

describe("parsePoolModel", () => {
  it("reads the contract's YAML model as written (no defaults filled in)", () => {
    expect(parsePoolModel(YAML)).toEqual({
      version: 1,
      pools: [
        {
          name: "core",
          members: ["serv1.bbn.hp.com", "serv2.bbn.hp.com"],
          virtual: ["virt.bbn.hp.com"],
          primary: "virt.bbn.hp.com",
          forwardTo: ["top.bbn.hp.com"],
        },
      ],
      senders: [{ server: "m3.bbn.hp.com", forwardTo: ["core"], mode: "virtual" }],
    });
  });

  it("reads JSON, including a $schema key", () => {
    const json = JSON.stringify({ $schema: "./pool-model.schema.json", ...parsePoolModel(YAML) }, null, 2);
    expect(parsePoolModel(json, "pools.json")).toEqual({ $schema: "./pool-model.schema.json", ...parsePoolModel(YAML) });
  });

  it("points at the value that is wrong, or at its key when the value is a block", () => {
    const text = YAML.replace("virtual: [virt.bbn.hp.com]", "virtual: [virt.bbn.hp.com, Virt2]")
      .replace("mode: virtual", "mode: all")
      .replace("members: [serv1.bbn.hp.com, serv2.bbn.hp.com]", "members:\n      - serv1.bbn.hp.com");
    expect(problems(text)).toEqual([
      "5:5 pools[0].members: a pool needs at least two physical servers",
      "7:32 pools[0].virtual[1]: must be a fully qualified domain name in lower case, such as om1.example.com",
      '13:11 senders[0].mode: Invalid option: expected one of "virtual"|"members"',
    ]);
  });

  it("points at an unknown key, and at the enclosing object for a missing one", () => {
    const text = "version: 1\npools:\n  - name: core\n    virtual: [v.example.com]\n    fowardTo: [x]\n";
    expect(problems(text)).toEqual([
      '3:5 pools[0].members: missing required field "members"',
      '5:5 pools[0].fowardTo: unknown field "fowardTo"; did you mean "forwardTo"?',
    ]);
  });

  it("positions cross-field problems too", () => {
    const text = YAML.replace("forwardTo: [top.bbn.hp.com]", "forwardTo: [core]");
    expect(problems(text)).toEqual(['8:17 pools[0].forwardTo[0]: pool "core" forwards to itself']);
  });

  it("positions problems in JSON", () => {
    const json =
      '{\n  "version": 1,\n  "pools": [\n    { "name": "core", "members": ["a.example.com", "b.example.com"], "virtual": ["c"] }\n  ]\n}\n';
    expect(problems(json)).toEqual([
      "4:82 pools[0].virtual[0]: must be a fully qualified domain name in lower case, such as om1.example.com",
    ]);
  });

  it("reports YAML syntax errors and duplicate keys with their position", () => {
    expect(problems("version: 1\npools: [\n")).toEqual([expect.stringMatching(/^3:1 : /)]);
    expect(problems("version: 1\nversion: 1\npools: []\n")).toEqual(["2:1 : Map keys must be unique"]);
  });

  it("reports syntax errors of a file named *.json in JSON's terms, at their line and column", () => {
    expect(problems('{"version":1,"pools":[}', "bad.json")).toEqual(['1:23 : invalid JSON: expected a value, found "}"']);
    expect(problems('{\n  "version": 1,\n  "pools": [\n', "pools.JSON")).toEqual([
      '4:1 : invalid JSON: expected "," or "]", found end of file',
    ]);
    expect(problems('{\n  "version": 1,\n}\n', "models/pools.json")).toEqual([
      '2:15 : invalid JSON: trailing comma before "}" (JSON allows none)',
    ]);
    expect(problems('\uFEFF{"version": 1 "pools": []}', "pools.json")).toEqual(['1:15 : invalid JSON: expected ",", found "pools"']);
    // YAML that is no JSON is a JSON syntax error in a .json file, and keeps YAML's wording elsewhere.
    expect(problems("version: 1\npools: []\n", "pools.json")).toEqual(['1:1 : invalid JSON: expected a value, found "version"']);
    expect(problems('{"version":1,"pools":[}', "bad.yaml")).toEqual([
      "1:23 : Flow sequence in block collection must be sufficiently indented and end with a ]",
      "1:23 : Flow map must end with a }",
    ]);
  });

  it("reports schema errors of a JSON file as before, with their paths and positions", () => {
    const json =
      '{\n  "version": 1,\n  "pools": [\n    { "name": "core", "members": ["a.example.com", "b.example.com"], "virtual": ["c"] }\n  ]\n}\n';
    expect(problems(json, "pools.json")).toEqual(problems(json));
    expect(problems(json, "pools.json")).toEqual([
      "4:82 pools[0].virtual[0]: must be a fully qualified domain name in lower case, such as om1.example.com",
    ]);
    expect(problems('{"version": 1, "version": 1, "pools": []}', "pools.json")).toEqual(["1:16 : Map keys must be unique"]);
  });

  it("reports an empty file as a model that is not an object", () => {
    expect(problems("")).toEqual(["1:1 : expected object, received null"]);
    expect(problems("# nothing yet\n")).toEqual(["1:1 : expected object, received null"]);
  });

  it("names the file, line, column and path in the error message", () => {
    try {
      parsePoolModel("version: 1\npools: []\n", "pools.yaml");
      expect.unreachable();
    } catch (error) {
      expect((error as PoolModelError).filename).toBe("pools.yaml");
      expect((error as Error).message).toBe("invalid pool model pools.yaml:\npools.yaml:2:1: pools: a model needs at least one pool");
    }
  });
});
