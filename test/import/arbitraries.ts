/** Random valid pool models for the import's round trip: names made from indexes, so roles never clash. */
import fc from "fast-check";
import type { Assignment, Pool, PoolModel, Sender } from "../../src/model/schema.js";
import { validatePoolModel } from "../../src/model/validate.js";

const upper = ["om-hq.example.org", "om-vendor.example.net"];

function poolArbitrary(i: number, later: readonly string[]): fc.Arbitrary<Pool> {
  return fc
    .record({
      name: fc.constantFrom(`pool-${i}`, `p${i}`, `dc${i}-core`),
      members: fc.integer({ min: 2, max: 3 }),
      virtual: fc.integer({ min: 1, max: 3 }),
      primary: fc.option(fc.nat(2), { nil: undefined }),
      forwardTo: fc.subarray([...later, ...upper]),
      assigned: fc.array(fc.tuple(fc.nat(2), fc.integer({ min: 1, max: 3 })), { maxLength: 3 }),
    })
    .map((r) => {
      const members = Array.from({ length: r.members }, (_, j) => `om${i}${j}.example.com`);
      const virtual = Array.from({ length: r.virtual }, (_, j) => `om-v${i}${j}.example.com`);
      const assignments: Assignment[] = r.assigned.map(([v, count], k) => ({
        virtual: virtual[v % virtual.length]!,
        nodes: Array.from({ length: count }, (_, n) =>
          n % 2 === 0 ? `10.${i}.${k}.${n + 1}` : { address: `10.${i}.${k}.${n + 1}`, name: `n${i}${k}${n}.example.com` },
        ),
      }));
      return {
        name: r.name,
        members,
        virtual,
        ...(r.primary === undefined ? {} : { primary: virtual[r.primary % virtual.length]! }),
        ...(r.forwardTo.length > 0 ? { forwardTo: r.forwardTo } : {}),
        ...(assignments.length > 0 ? { assignments } : {}),
      };
    });
}

/** A valid model of one to three pools, forwarding only to later pools (no loops), and up to three senders. */
export const poolModels: fc.Arbitrary<PoolModel> = fc
  .integer({ min: 1, max: 3 })
  .chain((count) => {
    const names = (pools: readonly Pool[]) => pools.map((p) => p.name);
    const chain = (i: number, acc: fc.Arbitrary<Pool[]>): fc.Arbitrary<Pool[]> =>
      i < 0
        ? acc
        : chain(
            i - 1,
            acc.chain((later) => poolArbitrary(i, names(later)).map((p) => [p, ...later])),
          );
    return chain(count - 1, fc.constant([]));
  })
  .chain((pools) =>
    fc
      .array(
        fc.record({
          forwardTo: fc.subarray([...pools.map((p) => p.name), ...upper], { minLength: 1 }),
          mode: fc.constantFrom(undefined, "virtual" as const, "members" as const),
        }),
        { maxLength: 3 },
      )
      .map((list): PoolModel => {
        const senders: Sender[] = list.map((s, k) => ({
          server: `om-s${k}.example.com`,
          // A sender may also forward to the senders before it.
          forwardTo: k > 0 && s.forwardTo.length % 2 === 0 ? [...s.forwardTo, `om-s${k - 1}.example.com`] : s.forwardTo,
          ...(s.mode === undefined ? {} : { mode: s.mode }),
        }));
        return { version: 1, pools, ...(senders.length > 0 ? { senders } : {}) };
      }),
  )
  .filter((model) => validatePoolModel(model).ok);
