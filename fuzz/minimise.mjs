/**
 * Delta debugging (ddmin): shrinks a failing input while the same check still
 * fails, by lines, then by tokens, then (once small) by characters. Each round
 * tries every chunk alone, then every complement, so that a failure at the end
 * of a file can shed the valid file before it in one step. Stops at the deadline
 * with the smallest input found so far.
 */
import { tokens } from "./tokens.mjs";

async function ddmin(units, fails, deadline) {
  let n = 2;
  while (units.length >= 2 && Date.now() < deadline) {
    const chunk = Math.ceil(units.length / n);
    const chunks = [];
    for (let i = 0; i < units.length; i += chunk) chunks.push([i, Math.min(units.length, i + chunk)]);
    let next;
    for (const [from, to] of chunks) {
      if (Date.now() >= deadline) return units;
      if (await fails(units.slice(from, to).join(""))) {
        next = { units: units.slice(from, to), n: 2 };
        break;
      }
    }
    for (const [from, to] of next ? [] : chunks) {
      if (Date.now() >= deadline) return units;
      const candidate = [...units.slice(0, from), ...units.slice(to)];
      if (await fails(candidate.join(""))) {
        next = { units: candidate, n: Math.max(n - 1, 2) };
        break;
      }
    }
    if (next) {
      ({ units, n } = next);
    } else {
      if (n >= units.length) break;
      n = Math.min(units.length, n * 2);
    }
  }
  return units;
}

/** Unit lists at most this long also try every suffix and prefix alone. */
const ENDS_LIMIT = 400;

/**
 * The shortest suffix, then the shortest prefix of that, that still fails: a
 * valid file before a bad last line is rarely removable chunk by chunk, as
 * every part of it alone is a syntax error.
 */
async function trimEnds(units, fails, deadline) {
  if (units.length > ENDS_LIMIT) return units;
  for (let from = units.length - 1; from > 0 && Date.now() < deadline; from--) {
    if (await fails(units.slice(from).join(""))) {
      units = units.slice(from);
      break;
    }
  }
  for (let to = 1; to < units.length && Date.now() < deadline; to++) {
    if (await fails(units.slice(0, to).join(""))) return units.slice(0, to);
  }
  return units;
}

/** Inputs at most this long are shrunk character by character after the line and token passes. */
const CHARACTER_PASS_LIMIT = 2000;

/** The smallest text found, before `deadline` (ms since the epoch), for which `fails(text)` still resolves true. */
export async function minimise(text, fails, deadline) {
  let result = (await ddmin(text.split(/(?<=\n)/), fails, deadline)).join("");
  const shorter = await trimEnds(await ddmin(tokens(result), fails, deadline), fails, deadline);
  result = (await ddmin(shorter, fails, deadline)).join("");
  if (result.length <= CHARACTER_PASS_LIMIT) result = (await ddmin([...result], fails, deadline)).join("");
  return result;
}
