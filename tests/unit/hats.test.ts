import { describe, expect, it } from "vitest";
import { hasAnyRole, hatsFor, homeFor } from "@/lib/auth/hats";

describe("hats", () => {
  it("lands each person on the home of their main hat", () => {
    expect(homeFor(["HR_ADMIN", "MANAGER"])).toBe("/hr");
    expect(homeFor(["MANAGER", "LEADER"])).toBe("/me");
    expect(homeFor(["COACH", "MANAGER"])).toBe("/team");
    expect(homeFor(["COACH"])).toBe("/coaching");
    expect(homeFor([])).toBe("/profile");
  });

  it("shows only the hats a person holds, in a fixed order", () => {
    expect(hatsFor(["COACH", "HR_ADMIN"]).map((h) => h.label)).toEqual(["HR", "Coaching"]);
  });

  it("checks membership", () => {
    expect(hasAnyRole(["LEADER"], ["HR_ADMIN", "LEADER"])).toBe(true);
    expect(hasAnyRole(["LEADER"], ["HR_ADMIN"])).toBe(false);
    expect(hasAnyRole([], ["HR_ADMIN"])).toBe(false);
  });
});
