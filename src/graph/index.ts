/** The estate as a picture: `graph(estate)` and its Mermaid and DOT drawings. */
export { graph } from "./build.js";
export { formatGraphDot } from "./dot.js";
export { formatGraphMermaid } from "./mermaid.js";
export type { EstateGraph, GraphEdge, GraphEdgeKind, GraphGroup, GraphNode, GraphNodeKind } from "./types.js";
