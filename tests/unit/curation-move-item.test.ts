import { describe, expect, it } from "vitest";
import { moveItem } from "../../commerce/src/admin/components/curation/move-item.ts";

describe("moveItem (the curation page's up and down buttons)", () => {
  it("moves an item up or down by one, keeping the others in order", () => {
    expect(moveItem(["a", "b", "c", "d"], 1, 0)).toEqual(["b", "a", "c", "d"]);
    expect(moveItem(["a", "b", "c", "d"], 1, 2)).toEqual(["a", "c", "b", "d"]);
  });

  it("leaves the list as it is for a move past either end", () => {
    expect(moveItem(["a", "b"], 0, -1)).toEqual(["a", "b"]);
    expect(moveItem(["a", "b"], 1, 2)).toEqual(["a", "b"]);
  });
});
