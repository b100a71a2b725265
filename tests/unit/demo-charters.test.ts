import { describe, expect, it } from "vitest";
import { checkCharter } from "@/lib/charters/completeness";
import { LIST_SECTIONS, TEXT_SECTIONS } from "@/lib/charters/document";
import { charterDocumentSchema } from "@/lib/charters/schemas";
import type { FrameworkDocument } from "@/lib/frameworks/document";
import { expertToLeaderTemplate } from "@/lib/frameworks/starter-template";
import { DEMO_CHARTERS, demoFramework, resolveDemoCharter, type DemoCharter } from "@/prisma/demo-charters";
import { DEMO_ROLES } from "@/prisma/demo-organisation";

const template = demoFramework();
const roleKeys = DEMO_ROLES.map((role) => role.key);
const charterOf = (roleKey: string): DemoCharter => {
  const charter = DEMO_CHARTERS[roleKey];
  if (!charter) throw new Error(`no demo charter for ${roleKey}`);
  return charter;
};

/** The template's stage names, earliest first, in the order of the job roles' career stages. */
const STAGE_OF_CAREER = { EXPERT: "Technical expert", FIRST_TIME_LEADER: "First-time leader", LEADER_OF_LEADERS: "Leader of leaders", ENTERPRISE_LEADER: "Enterprise leader" } as const;
const stageRank = (name: string) => template.stages.findIndex((stage) => stage.name === name);
const sentences = (text: string) => text.split(/(?<=[.!?])\s+/).filter((sentence) => sentence.trim() !== "").length;
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The expert roles and the leader roles that usually follow them. */
const EXPERT_TO_LEADER = [
  ["sse", "em"],
  ["sse", "staff"],
  ["sds", "dslead"],
  ["em", "director"],
  ["hrbp", "headpeople"],
] as const;

function compare(expertKey: string, leaderKey: string) {
  const before = new Map(charterOf(expertKey).requirements.map((requirement) => [requirement.competency, stageRank(requirement.stage)]));
  const after = new Map(charterOf(leaderKey).requirements.map((requirement) => [requirement.competency, stageRank(requirement.stage)]));
  return {
    rises: [...after].filter(([name, rank]) => before.has(name) && rank > (before.get(name) ?? rank)).map(([name]) => name),
    added: [...after.keys()].filter((name) => !before.has(name)),
    mattersLess: [...before].filter(([name, rank]) => !after.has(name) || (after.get(name) ?? rank) < rank).map(([name]) => name),
  };
}

describe("demo charters", () => {
  it("has a charter for every demo job role, and none for roles that do not exist", () => {
    expect(Object.keys(DEMO_CHARTERS).sort()).toEqual([...roleKeys].sort());
  });

  describe.each(roleKeys)("the %s charter", (roleKey) => {
    const charter = charterOf(roleKey);

    it("fills every section, briefly", () => {
      expect(sentences(charter.purpose)).toBeGreaterThanOrEqual(1);
      expect(sentences(charter.purpose)).toBeLessThanOrEqual(2);
      for (const section of ["leadership", "management"] as const) {
        expect(sentences(charter[section]), section).toBeGreaterThanOrEqual(1);
        expect(sentences(charter[section]), section).toBeLessThanOrEqual(3);
      }
      for (const section of TEXT_SECTIONS) expect(charter[section].trim(), section).not.toBe("");
      for (const section of LIST_SECTIONS) {
        expect(charter[section].length, section).toBeGreaterThanOrEqual(2);
        expect(charter[section].length, section).toBeLessThanOrEqual(5);
        for (const item of charter[section]) expect(item.trim(), section).not.toBe("");
        expect(new Set(charter[section]).size, section).toBe(charter[section].length);
      }
    });

    it("is short enough to print on two pages", () => {
      const text = [...TEXT_SECTIONS.map((section) => charter[section]), ...LIST_SECTIONS.flatMap((section) => charter[section])];
      expect(words(text.join(" "))).toBeLessThanOrEqual(650);
      for (const item of LIST_SECTIONS.flatMap((section) => charter[section])) expect(words(item), item).toBeLessThanOrEqual(20);
    });

    it("is written in British English", () => {
      const text = JSON.stringify(charter);
      expect(text).not.toMatch(/organiz|\bprogram\b|behavior|prioritiz|\bcenter|analyz|judgment/i);
    });

    it("names competencies and stages the starter template has, and is a complete charter once resolved", () => {
      const resolved = resolveDemoCharter(roleKey, template);
      expect(resolved.requirements).toHaveLength(charter.requirements.length);
      expect(charterDocumentSchema.safeParse(resolved).success).toBe(true);
      expect(checkCharter(resolved, template)).toEqual([]);
      const competencyNames = new Map(template.clusters.flatMap((cluster) => cluster.competencies).map((competency) => [competency.key, competency.name]));
      const stageNames = new Map(template.stages.map((stage) => [stage.key, stage.name]));
      expect(resolved.requirements.map((requirement) => [competencyNames.get(requirement.competencyKey), stageNames.get(requirement.stageKey), requirement.developAhead])).toEqual(
        charter.requirements.map((requirement) => [requirement.competency, requirement.stage, requirement.developAhead === true]),
      );
    });

    it("expects most competencies at the role's own career stage, and develops ahead only towards later stages", () => {
      const role = DEMO_ROLES.find((item) => item.key === roleKey);
      const ownStage = STAGE_OF_CAREER[role?.careerStage ?? "EXPERT"];
      const atOwnStage = charter.requirements.filter((requirement) => requirement.stage === ownStage);
      expect(atOwnStage.length).toBeGreaterThan(charter.requirements.length / 2);
      for (const requirement of charter.requirements.filter((item) => item.developAhead)) {
        expect(stageRank(requirement.stage), requirement.competency).toBeGreaterThanOrEqual(stageRank(ownStage));
      }
      if (ownStage !== "Enterprise leader") expect(charter.requirements.some((requirement) => requirement.developAhead)).toBe(true);
    });
  });

  it("says how leading and managing differ in each role in its own words", () => {
    for (const section of ["leadership", "management"] as const) {
      const texts = roleKeys.map((roleKey) => charterOf(roleKey)[section]);
      expect(new Set(texts).size, section).toBe(texts.length);
    }
    for (const roleKey of roleKeys) expect(charterOf(roleKey).leadership).not.toBe(charterOf(roleKey).management);
  });

  describe.each(EXPERT_TO_LEADER)("from %s to %s", (expertKey, leaderKey) => {
    it("is a move the demo organisation's roles describe", () => {
      expect(DEMO_ROLES.find((role) => role.key === leaderKey)?.follows).toBe(expertKey);
    });

    it("raises the stage of some competencies and requires new ones", () => {
      const { rises, added } = compare(expertKey, leaderKey);
      expect(rises.length).toBeGreaterThanOrEqual(1);
      expect(added.length).toBeGreaterThanOrEqual(1);
    });
  });

  it("shows, for every move from expert into people management, the hands-on expertise mattering less", () => {
    for (const [from, to] of [["sse", "em"], ["sds", "dslead"], ["hrbp", "headpeople"]] as const) {
      expect(compare(from, to).mattersLess, `${from} → ${to}`).toContain("Expertise and personal delivery");
    }
  });

  describe("resolving against a framework that does not match", () => {
    const renamed = (change: (doc: FrameworkDocument) => void) => {
      const doc = expertToLeaderTemplate();
      change(doc);
      return doc;
    };

    it("names the role and the competency it cannot find", () => {
      const framework = renamed((doc) => {
        const competency = doc.clusters[0]?.competencies.find((item) => item.name === "Self-awareness");
        if (competency) competency.name = "Knowing yourself";
      });
      expect(() => resolveDemoCharter("em", framework)).toThrow('The demo charter for "em" requires "Self-awareness", which the framework "Expert to leader" does not have.');
    });

    it("names the stage it cannot find", () => {
      const framework = renamed((doc) => {
        const stage = doc.stages.find((item) => item.name === "First-time leader");
        if (stage) stage.name = "New leader";
      });
      expect(() => resolveDemoCharter("em", framework)).toThrow('the stage "First-time leader"');
    });

    it("refuses a stage the framework marks as not applicable to the competency", () => {
      const framework = renamed((doc) => {
        const competency = doc.clusters.flatMap((cluster) => cluster.competencies).find((item) => item.name === "Self-awareness");
        const firstTimeLeader = doc.stages.find((item) => item.name === "First-time leader");
        const expectation = competency?.expectations.find((item) => item.stageKey === firstTimeLeader?.key);
        if (expectation) expectation.notApplicable = true;
      });
      expect(() => resolveDemoCharter("em", framework)).toThrow('"Self-awareness" at "First-time leader", where the framework "Expert to leader" does not call for it.');
    });

    it("refuses a role without a charter", () => {
      expect(() => resolveDemoCharter("astronaut", template)).toThrow('The demo role "astronaut" has no charter');
    });
  });
});
