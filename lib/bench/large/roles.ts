import type { CareerStage, RoleTrack } from "@/lib/db/generated/enums";
import type { IdSource } from "./random";
import { ROLES_PER_FAMILY } from "./sizes";

/**
 * The large organisation's job roles: each function ("family") has the same career ladder of
 * six roles, from the expert to the head of the function, on both leadership tracks.
 */

const FAMILIES = [
  "Backend Engineering", "Frontend Engineering", "Mobile Engineering", "Platform Engineering", "Site Reliability",
  "Security Engineering", "Data Engineering", "Data Science", "Machine Learning", "Analytics",
  "Quality Engineering", "Product Management", "Product Design", "User Research", "Content Design",
  "Technical Writing", "Enterprise Sales", "Inside Sales", "Sales Engineering", "Account Management",
  "Customer Success", "Customer Support", "Partnerships", "Brand Marketing", "Growth Marketing",
  "Product Marketing", "Communications", "Finance", "Financial Planning", "Procurement",
  "Legal", "Compliance", "Risk", "Internal Audit", "People Partnering",
  "Talent Acquisition", "Learning and Development", "Reward", "Workplace", "IT Operations",
  "Business Systems", "Supply Chain", "Logistics", "Manufacturing", "Facilities",
  "Research", "Clinical Operations", "Regulatory Affairs", "Strategy", "Programme Management",
] as const;

/** The steps of every family's ladder, earliest first. `demoRole` names the demo charter the role's charter is adapted from. */
export const RUNGS = [
  { key: "expert", title: (f: string) => `Senior ${f} Specialist`, track: "TECHNICAL_EXPERT", careerStage: "EXPERT", follows: null, demoRole: "sse" },
  { key: "teamLead", title: (f: string) => `${f} Team Lead`, track: "PEOPLE_LEADER", careerStage: "FIRST_TIME_LEADER", follows: "expert", demoRole: "em" },
  { key: "leadSpecialist", title: (f: string) => `Lead ${f} Specialist`, track: "IC_LEADER", careerStage: "FIRST_TIME_LEADER", follows: "expert", demoRole: "staff" },
  { key: "manager", title: (f: string) => `${f} Manager`, track: "PEOPLE_LEADER", careerStage: "LEADER_OF_LEADERS", follows: "teamLead", demoRole: "director" },
  { key: "principal", title: (f: string) => `Principal ${f} Specialist`, track: "IC_LEADER", careerStage: "LEADER_OF_LEADERS", follows: "leadSpecialist", demoRole: "principal" },
  { key: "head", title: (f: string) => `Head of ${f}`, track: "PEOPLE_LEADER", careerStage: "ENTERPRISE_LEADER", follows: "manager", demoRole: "cto" },
] as const satisfies readonly { key: string; title: (family: string) => string; track: RoleTrack; careerStage: CareerStage; follows: string | null; demoRole: string }[];

export type RungKey = (typeof RUNGS)[number]["key"];

export type RoleRow = {
  id: string;
  organisationId: string;
  title: string;
  description: string;
  track: RoleTrack;
  careerStage: CareerStage;
  usuallyFollowsId: string | null;
};

export type RolePlan = { row: RoleRow; family: number; familyName: string; rung: RungKey; demoRole: string };

export function familyCount(jobRoles: number): number {
  return Math.max(1, Math.round(jobRoles / ROLES_PER_FAMILY));
}

/** `families` families of six roles (names repeat with a number past the fifty listed). */
export function planRoles(organisationId: string, families: number, ids: IdSource): RolePlan[] {
  const plans: RolePlan[] = [];
  for (let family = 0; family < families; family++) {
    const base = FAMILIES[family % FAMILIES.length] as string;
    const familyName = family < FAMILIES.length ? base : `${base} ${Math.floor(family / FAMILIES.length) + 1}`;
    const byRung = new Map<string, string>();
    for (const rung of RUNGS) {
      const id = ids();
      byRung.set(rung.key, id);
      const title = rung.title(familyName);
      plans.push({
        family,
        familyName,
        rung: rung.key,
        demoRole: rung.demoRole,
        row: {
          id,
          organisationId,
          title,
          description: `${title}: one step of the ${familyName} career ladder.`,
          track: rung.track,
          careerStage: rung.careerStage,
          usuallyFollowsId: rung.follows ? (byRung.get(rung.follows) ?? null) : null,
        },
      });
    }
  }
  return plans;
}
