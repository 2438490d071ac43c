/** `route --format json`: the route as one versioned JSON document (CONTRACT.md, `route --format json`). */
import type { RouteResult } from "./route.js";

/** The route as JSON, two-space indented, with a final line break. */
export function formatRouteJson(result: RouteResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
