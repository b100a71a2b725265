import { describe, expect, it } from "vitest";
import { formDataToObject } from "@/lib/actions/form-data";

describe("formDataToObject", () => {
  it("keeps single values as strings and repeated keys as arrays", () => {
    const data = new FormData();
    data.append("name", "Ada");
    data.append("roles", "LEADER");
    data.append("roles", "COACH");
    expect(formDataToObject(data)).toEqual({ name: "Ada", roles: ["LEADER", "COACH"] });
  });

  it("drops Next.js's internal action fields", () => {
    const data = new FormData();
    data.append("$ACTION_ID_abc", "");
    data.append("id", "x");
    expect(formDataToObject(data)).toEqual({ id: "x" });
  });
});
