import type { AppRole } from "@/lib/db/generated/enums";
import { tableRows, type TableRows } from "./bulk";
import { daysFromToday, momentOn, randomFor, type PlanContext } from "./context";
import { inventPeople } from "./names";
import type { Random } from "./random";
import type { RolePlan, RungKey } from "./roles";
import { buildReportingTree } from "./tree";

/** The people of the large organisation: the reporting tree, each person's role on their family's ladder, and their hats. */

export type PersonRow = {
  id: string;
  organisationId: string;
  email: string;
  name: string;
  roles: AppRole[];
  jobRoleId: string;
  managerId: string | null;
  active: boolean;
  deactivatedAt: Date | null;
  passwordHash: string | null;
  createdAt: Date;
};

export type PersonPlan = {
  row: PersonRow;
  index: number;
  managerIndex: number | null;
  level: number;
  /** Direct reports. */
  reports: number[];
  family: number;
  rung: RungKey;
};

/** People at this level or above get a family of their own; below it they join their manager's. */
const FAMILY_LEVEL = 4;

function rungFor(random: Random, level: number, reports: number, managesManagers: boolean): RungKey {
  if (reports > 0) return level <= 2 ? "head" : managesManagers ? "manager" : "teamLead";
  return random.weighted<RungKey>([
    ["expert", 0.75],
    ["leadSpecialist", 0.2],
    ["principal", 0.05],
  ]);
}

export function planPeople(context: PlanContext, roles: readonly RolePlan[], families: number): PersonPlan[] {
  const random = randomFor(context, "people");
  const tree = buildReportingTree(random, context.sizes.people);
  const identities = inventPeople(random, tree.parent.length, context.domain);
  const roleIds = new Map(roles.map((role) => [`${role.family}:${role.rung}`, role.row.id]));
  const roleId = (family: number, rung: RungKey) => {
    const id = roleIds.get(`${family}:${rung}`);
    if (!id) throw new Error(`No ${rung} role in family ${family}.`);
    return id;
  };
  const managersOfManagers = new Set(tree.parent.flatMap((parent, child) => (parent !== null && (tree.reports[child] ?? 0) > 0 ? [parent] : [])));

  const people: PersonPlan[] = [];
  let nextFamily = 0;
  tree.parent.forEach((managerIndex, index) => {
    const level = tree.level[index] ?? 1;
    const manager = managerIndex === null ? undefined : people[managerIndex];
    const family = manager && level > FAMILY_LEVEL ? manager.family : nextFamily++ % families;
    const reportCount = tree.reports[index] ?? 0;
    const rung = rungFor(random, level, reportCount, managersOfManagers.has(index));
    const identity = identities[index] as { name: string; email: string };
    // About one expert in a hundred has left: deactivated, kept for the history.
    const left = reportCount === 0 && random.chance(0.01);
    const joined = daysFromToday(context, -random.int(30, 3_000));
    const plan: PersonPlan = {
      index,
      managerIndex,
      level,
      reports: [],
      family,
      rung,
      row: {
        id: context.ids(),
        organisationId: context.organisationId,
        email: identity.email,
        name: identity.name,
        roles: reportCount > 0 ? ["MANAGER"] : [],
        jobRoleId: roleId(family, rung),
        managerId: manager?.row.id ?? null,
        active: !left,
        deactivatedAt: left ? momentOn(context, daysFromToday(context, -random.int(1, 400))) : null,
        passwordHash: null,
        createdAt: momentOn(context, joined),
      },
    };
    manager?.reports.push(index);
    people.push(plan);
  });
  return people;
}

/** Gives `count` people the hat, chosen from `candidates` (active people only). */
export function giveHat(candidates: readonly PersonPlan[], hat: AppRole, count: number, random: Random): PersonPlan[] {
  const chosen = random.sample(
    candidates.filter((person) => person.row.active),
    count,
  );
  for (const person of chosen) addHat(person, hat);
  return chosen;
}

export function addHat(person: PersonPlan, hat: AppRole) {
  if (!person.row.roles.includes(hat)) person.row.roles.push(hat);
}

export function peopleTable(people: readonly PersonPlan[]): TableRows {
  return tableRows(
    "Person",
    {
      id: "text",
      organisationId: "text",
      email: "text",
      name: "text",
      roles: "enums:AppRole",
      jobRoleId: "text",
      managerId: "text",
      active: "bool",
      deactivatedAt: "timestamp",
      passwordHash: "text",
      createdAt: "timestamp",
    },
    people.map((person) => person.row),
  );
}
