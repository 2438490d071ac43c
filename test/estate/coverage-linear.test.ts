/** `coverage` does work in proportion to the days it looks at: time is cut into stretches, not routed minute by minute per template. */
import { join } from "node:path";
import { expect, it } from "vitest";
import { coverage, loadEstate } from "../../src/index.js";
import { addDays, dayText } from "../../src/estate/coverage-time.js";
import { LINEAR, linearGrowth } from "../scaling.js";
import { estates, readEstate } from "./estates.js";

it("takes linear time in the number of days", () => {
  const estate = loadEstate(readEstate(join(estates, "follow-the-sun")));
  const first = { year: 2026, month: 11, day: 2 };
  const range = (days: number) => ({ from: dayText(first), to: dayText(addDays(first, days - 1)) });
  expect(linearGrowth(7, range, (r) => coverage(estate, {}, r, { tz: "Europe/Berlin" }))).toBeLessThan(LINEAR);
});
