import type { CoachingPlan } from "./coaching";
import { daysUntil, type PlanContext } from "./context";
import type { InductionPlan } from "./inductions";
import type { PersonPlan } from "./people";

/**
 * The well-known accounts of the large organisation, one per hat, with the demo password: an HR
 * admin, a manager with about eight reports, one of whom is a new leader part-way through an
 * induction, and the coach with the most active relationships. The benchmark signs in as them.
 */

export type SignInAccount = { hat: "HR admin" | "Manager" | "New leader" | "Coach or mentor"; email: string; name: string };

const TEAM_SIZE = 8;

export function chooseAccounts(context: PlanContext, people: readonly PersonPlan[], hrAdmins: readonly PersonPlan[], inductions: readonly InductionPlan[], coaching: CoachingPlan): { person: PersonPlan; account: SignInAccount }[] {
  // Part-way through: started two weeks to three months ago.
  const partWay = (start: string) => -daysUntil(context, start) >= 14 && -daysUntil(context, start) <= 90;
  const running = new Set(inductions.filter((induction) => induction.row.status === "ACTIVE" && partWay(induction.row.startDate)).map((induction) => induction.person));
  const managers = people
    .filter((person) => person.row.active && person.reports.some((index) => running.has(people[index] as PersonPlan)))
    .sort((a, b) => Math.abs(a.reports.length - TEAM_SIZE) - Math.abs(b.reports.length - TEAM_SIZE) || a.index - b.index);
  const manager = managers[0];
  const leader = manager?.reports.map((index) => people[index] as PersonPlan).find((person) => running.has(person));
  const hr = hrAdmins.find((person) => person !== manager && person !== leader);

  const activeRelationships = new Map<string, number>();
  for (const relationship of coaching.relationships) {
    if (relationship.status === "ACTIVE") activeRelationships.set(relationship.supporterId, (activeRelationships.get(relationship.supporterId) ?? 0) + 1);
  }
  const coach = people
    .filter((person) => person.row.roles.includes("COACH") && person !== manager && person !== leader && person !== hr)
    .sort((a, b) => (activeRelationships.get(b.row.id) ?? 0) - (activeRelationships.get(a.row.id) ?? 0) || a.index - b.index)[0];

  const chosen: [PersonPlan | undefined, SignInAccount["hat"], string][] = [
    [hr, "HR admin", "hr"],
    [manager, "Manager", "manager"],
    [leader, "New leader", "leader"],
    [coach, "Coach or mentor", "coach"],
  ];
  return chosen.flatMap(([person, hat, local]) => (person ? [{ person, account: { hat, email: `${local}@${context.domain}`, name: person.row.name } }] : []));
}
