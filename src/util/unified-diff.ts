/**
 * A unified diff of two texts, line by line, in the form `git apply` and
 * `patch -p1` read (`--- a/<name>`, `+++ b/<name>`, hunks with three lines of
 * context). `--fix-dry-run` prints it (ShellCheck's `--format=diff` style), and so does `import --plan`.
 *
 * Myers' algorithm after trimming the common start and end, which is nearly
 * all of a fixed file; when the remaining edit distance exceeds a bound (a
 * file reformatted throughout), the middle is written as one replacement, which
 * is still a correct diff, only not the shortest.
 */

/** Edit distance up to which the shortest diff is searched (its trace takes about this squared in memory). */
const MAX_EDIT_DISTANCE = 2000;
const CONTEXT = 3;

type Op = "=" | "-" | "+";

/** Lines with their line breaks, so a changed line ending is a changed line. */
function splitLines(text: string): string[] {
  return text === "" ? [] : text.split(/(?<=\n)/);
}

/** The shortest edit script turning `a` into `b`, or undefined when longer than `MAX_EDIT_DISTANCE`. */
function myers(a: readonly string[], b: readonly string[]): Op[] | undefined {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_EDIT_DISTANCE);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  // trace[d] holds v[-d-1 … d+1] as it was before step d.
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, n, m);
    }
  }
  return undefined;
}

function backtrack(trace: readonly Int32Array[], n: number, m: number): Op[] {
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const row = trace[d]!;
    const at = (k: number) => row[k + d + 1]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push("=");
      x--;
      y--;
    }
    if (d > 0) ops.push(x === prevX ? "+" : "-");
    x = prevX;
    y = prevY;
  }
  return ops.reverse();
}

/** The edit script of the whole texts: common start, the middle's script, common end. */
function editScript(a: readonly string[], b: readonly string[]): Op[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const midA = a.slice(start, a.length - end);
  const midB = b.slice(start, b.length - end);
  const middle = myers(midA, midB) ?? [...midA.map((): Op => "-"), ...midB.map((): Op => "+")];
  return [...Array<Op>(start).fill("="), ...middle, ...Array<Op>(end).fill("=")];
}

function lineOut(prefix: string, line: string): string {
  return line.endsWith("\n") ? `${prefix}${line}` : `${prefix}${line}\n\\ No newline at end of file\n`;
}

/** `start,count` of a hunk side; an empty side names the line before it. */
function range(first: number, count: number): string {
  return `${count === 0 ? first : first + 1},${count}`;
}

/** The unified diff turning `before` into `after`, both named `name`; empty when they are equal. */
export function unifiedDiff(before: string, after: string, name: string): string {
  if (before === after) return "";
  const a = splitLines(before);
  const b = splitLines(after);
  const ops = editScript(a, b);
  // Positions in a and b before each op.
  const posA: number[] = [];
  const posB: number[] = [];
  let i = 0;
  let j = 0;
  for (const op of ops) {
    posA.push(i);
    posB.push(j);
    if (op !== "+") i++;
    if (op !== "-") j++;
  }
  let out = `--- a/${name}\n+++ b/${name}\n`;
  let k = 0;
  while (k < ops.length) {
    if (ops[k] === "=") {
      k++;
      continue;
    }
    // A hunk: changes joined while fewer than 2 × CONTEXT equal lines separate them.
    const first = Math.max(0, k - CONTEXT);
    let last = k;
    let scan = k;
    while (scan < ops.length) {
      if (ops[scan] !== "=") {
        last = scan;
        scan++;
        continue;
      }
      let run = scan;
      while (run < ops.length && ops[run] === "=") run++;
      if (run === ops.length || run - scan > 2 * CONTEXT) break;
      scan = run;
    }
    const stop = Math.min(ops.length, last + 1 + CONTEXT);
    let body = "";
    let countA = 0;
    let countB = 0;
    for (let h = first; h < stop; h++) {
      const op = ops[h]!;
      if (op === "=") {
        body += lineOut(" ", a[posA[h]!]!);
        countA++;
        countB++;
      } else if (op === "-") {
        body += lineOut("-", a[posA[h]!]!);
        countA++;
      } else {
        body += lineOut("+", b[posB[h]!]!);
        countB++;
      }
    }
    out += `@@ -${range(posA[first]!, countA)} +${range(posB[first]!, countB)} @@\n${body}`;
    k = stop;
  }
  return out;
}
