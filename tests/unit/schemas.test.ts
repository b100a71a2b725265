import { describe, expect, it } from "vitest";
import { z } from "zod";
import { changePasswordSchema, signInSchema } from "@/lib/auth/schemas";
import { createPersonSchema, peopleFilterSchema, updatePersonSchema } from "@/lib/people/schemas";
import { createJobRoleSchema } from "@/lib/roles/schemas";

const errorsOf = (result: { success: boolean; error?: z.ZodError }) =>
  result.error ? (z.flattenError(result.error).fieldErrors as Record<string, string[]>) : {};

describe("person schemas", () => {
  it("normalises email, trims names and accepts one or many roles", () => {
    const one = createPersonSchema.parse({ name: "  Ada Lovelace ", email: " ADA@Example.TEST ", roles: "LEADER" });
    expect(one).toMatchObject({ name: "Ada Lovelace", email: "ada@example.test", roles: ["LEADER"] });
    expect(createPersonSchema.parse({ name: "A", email: "a@b.test" }).roles).toEqual([]);
    expect(createPersonSchema.parse({ name: "A", email: "a@b.test", roles: ["HR_ADMIN", "COACH"] }).roles).toEqual(["HR_ADMIN", "COACH"]);
  });

  it("treats an empty choice as none and an empty password as no password", () => {
    const parsed = createPersonSchema.parse({ name: "A", email: "a@b.test", managerId: "", jobRoleId: "", password: "" });
    expect(parsed.managerId).toBeUndefined();
    expect(parsed.jobRoleId).toBeUndefined();
    expect(parsed.password).toBeUndefined();
  });

  it("explains each bad field", () => {
    const result = createPersonSchema.safeParse({ name: "", email: "not-an-email", roles: ["KING"], password: "short" });
    const errors = errorsOf(result);
    expect(errors.name?.[0]).toMatch(/Enter a name/);
    expect(errors.email?.[0]).toMatch(/valid email/);
    expect(errors.roles?.[0]).toMatch(/app role/);
    expect(errors.password?.[0]).toMatch(/12 characters/);
  });

  it("needs an id and a version to update", () => {
    const errors = errorsOf(updatePersonSchema.safeParse({ name: "A", email: "a@b.test" }));
    expect(Object.keys(errors).sort()).toEqual(["id", "version"]);
  });

  it("ignores junk in list filters rather than failing the page", () => {
    expect(peopleFilterSchema.parse({ status: "bogus", role: "KING", page: "-3", q: "ada" })).toEqual({ q: "ada" });
  });
});

describe("job role schema", () => {
  it("requires a track and a career stage from the lists", () => {
    const errors = errorsOf(createJobRoleSchema.safeParse({ title: "Lead", track: "WIZARD", careerStage: "" }));
    expect(errors.track?.[0]).toBe("Choose a track");
    expect(errors.careerStage?.[0]).toBe("Choose a career stage");
  });
});

describe("password schemas", () => {
  it("rejects a new password that does not match its repetition", () => {
    const errors = errorsOf(changePasswordSchema.safeParse({ currentPassword: "x", newPassword: "a".repeat(12), confirmPassword: "b".repeat(12) }));
    expect(errors.confirmPassword?.[0]).toMatch(/do not match/);
  });

  it("asks for both sign-in fields", () => {
    const errors = errorsOf(signInSchema.safeParse({}));
    expect(errors.email?.[0]).toMatch(/email/i);
    expect(errors.password?.[0]).toMatch(/password/i);
  });
});
