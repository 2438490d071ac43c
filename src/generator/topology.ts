/**
 * `<pool>/TOPOLOGY.md`: the picture of the model beside each pool's runbook —
 * `graph` of the estate the generated files make up, as a Mermaid flowchart,
 * which GitHub shows as a diagram. The same picture `hpom-lint graph` draws
 * from the model.
 */
import { loadEstate } from "../estate/load.js";
import { graph } from "../graph/build.js";
import { formatGraphMermaid } from "../graph/mermaid.js";
import type { Pool, PoolModel } from "../model/schema.js";
import type { GeneratedFile } from "./generated-file.js";
import { generatedFrom } from "./header.js";
import { code, Markdown } from "./markdown.js";

/** The Mermaid flowchart of everything `files` (the model's generated files) configure. */
export function topologyDiagram(model: PoolModel, files: readonly GeneratedFile[]): string {
  return formatGraphMermaid(
    graph(
      loadEstate(
        files.map((f) => ({ path: f.path, text: f.content })),
        { pool: model },
      ),
    ),
  );
}

/** `<pool>/TOPOLOGY.md` holding `topology`, the model's flowchart. */
export function topologyFile(pool: Pool, diagram: string, source: string | undefined): GeneratedFile {
  const doc = new Markdown()
    .comment([generatedFrom(source)])
    .heading(1, `Server pool ${code(pool.name)}: topology`)
    .paragraph(
      `Who sends and forwards messages to whom, as the files generated from the model say. Each pool is a group of its members and virtual interfaces; managed nodes are grouped by the file that governs them (${code("allnodes")} or a node-specific file). Thick arrows are forwarding with ${code("MSGCONTROLLINGMGR")} (with two heads: the members' hot synchronisation), dotted ones an agent's primary manager; a dashed box is a server the model configures no file for. ${code("RUNBOOK.md")} says how to set the pool up.`,
    )
    .fenced("mermaid", diagram);
  return { path: `${pool.name}/TOPOLOGY.md`, content: doc.toString(), kind: "topology", servers: [...pool.members] };
}
