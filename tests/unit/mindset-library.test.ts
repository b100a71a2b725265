import { describe, expect, it } from "vitest";
import { findBuiltInSection, MINDSET_LIBRARY } from "@/lib/inductions/mindset-library";
import { mindsetItems } from "@/lib/inductions/mindset-items";
import { createMindsetSectionSchema } from "@/lib/inductions/mindset-schemas";
import { TEMPLATE_LIMITS } from "@/lib/inductions/template-limits";
import { addItemSchema } from "@/lib/inductions/template-schemas";

const KEYS = ["understanding-people", "developing-people", "bigger-picture", "credibility", "organisational-capacity", "strategic-perspective"];
const AMERICAN = /\b(organiz\w*|behavior\w*|color\w*|favor\w*|honor\w*|program(?!me)s?\b|center\w*|analyz\w*|prioritiz\w*|recogniz\w*|emphasiz\w*|judgment)/i;

describe("the built-in mindset-shift library", () => {
  it("has one section per shift and per leap, under stable keys", () => {
    expect(MINDSET_LIBRARY.map((section) => section.key)).toEqual(KEYS);
    expect(MINDSET_LIBRARY.filter((section) => section.group === "shift").map((section) => section.key)).toEqual(KEYS.slice(0, 3));
    expect(MINDSET_LIBRARY.filter((section) => section.group === "leap").map((section) => section.key)).toEqual(KEYS.slice(3));
  });

  it.each(MINDSET_LIBRARY.map((section) => [section.key, section] as const))("%s has a title, a summary, 4–6 practices and 3–4 prompts", (_key, section) => {
    expect(section.title.trim()).not.toBe("");
    expect(section.summary.length).toBeGreaterThan(60);
    expect(section.practices.length).toBeGreaterThanOrEqual(4);
    expect(section.practices.length).toBeLessThanOrEqual(6);
    expect(section.prompts.length).toBeGreaterThanOrEqual(3);
    expect(section.prompts.length).toBeLessThanOrEqual(4);
    expect(new Set([...section.practices, ...section.prompts]).size, "no practice or prompt repeats").toBe(section.practices.length + section.prompts.length);
    for (const prompt of section.prompts) expect(prompt, "a reflection prompt is a question").toMatch(/\?$/);
  });

  it.each(MINDSET_LIBRARY.map((section) => [section.key, section] as const))("%s passes the rules HR's own sections follow", (_key, section) => {
    const parsed = createMindsetSectionSchema.safeParse({ ...section, practices: section.practices.join("\n"), prompts: section.prompts.join("\n") });
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });

  it("is written in British English", () => {
    const text = MINDSET_LIBRARY.flatMap((section) => [section.title, section.summary, ...section.practices, ...section.prompts]).join("\n");
    expect(text.match(AMERICAN)).toBeNull();
  });

  it("carries the ideas of each leap", () => {
    expect(findBuiltInSection("organisational-capacity")?.summary).toMatch(/first violinist.*conductor/);
    expect(findBuiltInSection("strategic-perspective")?.summary).toMatch(/why are we doing this, and how does it fit the strategy\?/);
    expect(findBuiltInSection("credibility")?.title).toMatch(/emotional intelligence/);
  });

  it("finds a section by key and nothing by an unknown key", () => {
    expect(findBuiltInSection("bigger-picture")?.title).toBe("The longer-term, bigger picture");
    expect(findBuiltInSection("cl0000000000000000000000")).toBeUndefined();
    expect(findBuiltInSection("")).toBeUndefined();
  });
});

describe("adding a section to a phase", () => {
  const section = MINDSET_LIBRARY[1] ?? MINDSET_LIBRARY[0];
  if (!section) throw new Error("The library is empty");

  it("makes one practice item per practice and one reflection per prompt, all the new leader's", () => {
    const items = mindsetItems(section, 21);
    expect(items.map((item) => [item.kind, item.title])).toEqual([
      ...section.practices.map((practice) => ["MINDSET_PRACTICE", practice]),
      ...section.prompts.map((prompt) => ["REFLECTION", prompt]),
    ]);
    for (const item of items) {
      expect(item).toMatchObject({ owner: "INDIVIDUAL", dueOffsetDays: 21, competencyKey: null, needsSignOff: false });
      expect(item.guidance).toContain(section.title);
    }
  });

  it("makes items that would pass the add-item form, for every built-in section", () => {
    for (const builtIn of MINDSET_LIBRARY) {
      for (const item of mindsetItems(builtIn, -7)) {
        const parsed = addItemSchema.safeParse({ ...item, phaseId: "phase", version: "1", dueOffsetDays: String(item.dueOffsetDays), competencyKey: "", needsSignOff: undefined });
        expect(parsed.success, `${builtIn.key}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
        expect(item.guidance.length).toBeLessThanOrEqual(TEMPLATE_LIMITS.guidance);
      }
    }
  });
});
