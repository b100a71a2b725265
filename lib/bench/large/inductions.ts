import type { InductionStatus, ItemOwner, ItemStatus } from "@/lib/db/generated/enums";
import { addDays, toDateOnly, type DateOnly } from "@/lib/inductions/dates";
import { copyTemplate, type CopiedPhase } from "@/lib/inductions/template-copy";
import { tableRows, type TableRows } from "./bulk";
import type { CurrentCharter } from "./charters";
import { daysFromToday, daysUntil, momentOn, randomFor, type PlanContext } from "./context";
import { addHat, type PersonPlan } from "./people";
import type { Random } from "./random";
import type { RolePlan, RungKey } from "./roles";
import type { TemplatePlan } from "./templates";
import { EVIDENCE, REFLECTIONS, WAIVED_REASONS } from "./texts";

/**
 * Inductions: most people in a leadership role were enrolled when they moved into it (in one of
 * the cohorts, or on their own), and some senior people also went through the induction of the
 * step before. Every induction is a copy of its role's template (copyTemplate). Items stand in
 * mixed states against today: the organisation's and HR's items fall behind more often than
 * the new leaders' own, so the dashboard's "overdue by owner" has something to say.
 */

type InductionRow = {
  id: string;
  organisationId: string;
  personId: string;
  jobRoleId: string;
  templateId: string;
  cohortId: string | null;
  managerId: string | null;
  supporterId: string | null;
  startDate: DateOnly;
  status: InductionStatus;
  completedAt: Date | null;
  createdAt: Date;
};

/** A copied template item (copyTemplate) as stored, with where it stands today. */
type ItemRow = CopiedPhase["items"][number] & {
  id: string;
  organisationId: string;
  inductionId: string;
  phaseId: string;
  status: ItemStatus;
  completedAt: Date | null;
  completedById: string | null;
  waivedReason: string | null;
  signedOffAt: Date | null;
  signedOffById: string | null;
};

export type InductionPlan = {
  row: InductionRow;
  person: PersonPlan;
  charter: CurrentCharter;
  phases: { id: string; organisationId: string; inductionId: string; name: string; position: number }[];
  items: ItemRow[];
};

export type InductionsPlan = {
  cohorts: { id: string; organisationId: string; name: string; createdAt: Date }[];
  inductions: InductionPlan[];
  acknowledgements: { id: string; organisationId: string; personId: string; charterVersionId: string; acknowledgedAt: Date; createdAt: Date }[];
  reflections: {
    id: string;
    organisationId: string;
    inductionId: string;
    itemId: string;
    authorId: string;
    prompt: string;
    text: string;
    sharedWithManager: boolean;
    sharedWithSupporter: boolean;
    createdAt: Date;
  }[];
  evidence: { id: string; organisationId: string; itemId: string; authorId: string; text: string; createdAt: Date }[];
};

/** The step a senior person took before their current one, whose induction they may also have had. */
const EARLIER_STEP: Partial<Record<RungKey, RungKey>> = { manager: "teamLead", principal: "leadSpecialist", head: "manager" };
/** Days between one cohort's start and the next. */
const COHORT_SPACING = 15;
/** Inductions started longer ago than this are finished, apart from a few that dragged on. */
const RUNNING_DAYS = 120;
/** How likely an item that has fallen due is done, by who owes it. */
const DONE_WHEN_DUE: Record<ItemOwner, number> = { INDIVIDUAL: 0.86, MANAGER: 0.72, HR: 0.8, ORGANISATION: 0.6 };

const cohortName = (start: DateOnly) =>
  `New leaders starting ${new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${start}T00:00:00Z`))}`;

type Enrolment = { person: PersonPlan; role: RolePlan; start: DateOnly; cohortId: string | null; earlier: boolean };

function enrolments(context: PlanContext, random: Random, people: readonly PersonPlan[], roles: Map<string, RolePlan>, roleAt: (family: number, rung: RungKey) => RolePlan | undefined, templates: Map<string, TemplatePlan>, cohortStarts: { id: string; start: DateOnly }[]): Enrolment[] {
  const target = context.sizes.inductions;
  const active = people.filter((person) => person.row.active);
  const current = random.shuffle(active.filter((person) => templates.has(person.row.jobRoleId))).slice(0, target);
  const list: Enrolment[] = current.map((person, index) => {
    const inCohort = random.chance(0.8);
    const cohort = cohortStarts[index % cohortStarts.length];
    return {
      person,
      role: roles.get(person.row.jobRoleId) as RolePlan,
      start: inCohort && cohort ? cohort.start : daysFromToday(context, -random.int(-7, 600)),
      cohortId: inCohort && cohort ? cohort.id : null,
      earlier: false,
    };
  });
  const starts = new Map(list.map((enrolment) => [enrolment.person.index, enrolment.start]));
  const seniors = random.shuffle(active.filter((person) => EARLIER_STEP[person.rung]));
  for (const person of seniors) {
    if (list.length >= target) break;
    const role = roleAt(person.family, EARLIER_STEP[person.rung] as RungKey);
    if (!role || !templates.has(role.row.id)) continue;
    const before = starts.get(person.index) ?? context.today;
    list.push({ person, role, start: addDays(before, -random.int(250, 700)), cohortId: null, earlier: true });
  }
  return list;
}

export function planInductions(
  context: PlanContext,
  people: readonly PersonPlan[],
  roleList: readonly RolePlan[],
  templates: Map<string, TemplatePlan>,
  charters: Map<string, CurrentCharter>,
  hrAdmins: readonly PersonPlan[],
  coaches: readonly PersonPlan[],
): InductionsPlan {
  const random = randomFor(context, "inductions");
  const roles = new Map(roleList.map((role) => [role.row.id, role]));
  const byFamilyRung = new Map(roleList.map((role) => [`${role.family}:${role.rung}`, role]));
  const plan: InductionsPlan = { cohorts: [], inductions: [], acknowledgements: [], reflections: [], evidence: [] };

  const cohortStarts = Array.from({ length: context.sizes.cohorts }, (_, index) => {
    const start = daysFromToday(context, 14 - index * COHORT_SPACING);
    const id = context.ids();
    plan.cohorts.push({ id, organisationId: context.organisationId, name: cohortName(start), createdAt: momentOn(context, addDays(start, -30)) });
    return { id, start };
  });

  const list = enrolments(context, random, people, roles, (family, rung) => byFamilyRung.get(`${family}:${rung}`), templates, cohortStarts);
  for (const enrolment of list) {
    const template = templates.get(enrolment.role.row.id);
    const charter = charters.get(enrolment.role.row.id);
    if (!template || !charter) continue;
    plan.inductions.push(enrol(context, random, enrolment, template, charter, people, hrAdmins, coaches, plan));
    addHat(enrolment.person, "LEADER");
  }
  return plan;
}

function enrol(
  context: PlanContext,
  random: Random,
  { person, role, start, cohortId, earlier }: Enrolment,
  template: TemplatePlan,
  charter: CurrentCharter,
  people: readonly PersonPlan[],
  hrAdmins: readonly PersonPlan[],
  coaches: readonly PersonPlan[],
  plan: InductionsPlan,
): InductionPlan {
  const inductionId = context.ids();
  const manager = person.managerIndex === null ? undefined : people[person.managerIndex];
  const started = -daysUntil(context, start);
  const finished = earlier || (started > RUNNING_DAYS && !random.chance(0.04));
  const lagging = !finished && started > RUNNING_DAYS;
  const completedOn = finished ? addDays(start, random.int(91, Math.max(91, Math.min(120, started - 1)))) : null;
  const candidate = random.chance(0.4) ? random.pick(coaches) : undefined;
  const supporter = candidate !== person && candidate !== manager ? candidate : undefined;
  const hr = () => random.pick(hrAdmins).row.id;

  const induction: InductionPlan = {
    person,
    charter,
    phases: [],
    items: [],
    row: {
      id: inductionId,
      organisationId: context.organisationId,
      personId: person.row.id,
      jobRoleId: role.row.id,
      templateId: template.row.id,
      cohortId,
      managerId: manager?.row.id ?? null,
      supporterId: supporter?.row.id ?? null,
      startDate: start,
      status: finished ? "COMPLETED" : "ACTIVE",
      completedAt: completedOn ? momentOn(context, completedOn, 16) : null,
      createdAt: momentOn(context, addDays(start, -random.int(14, 30))),
    },
  };

  for (const phase of copyTemplate(template, start)) {
    const phaseId = context.ids();
    induction.phases.push({ id: phaseId, organisationId: context.organisationId, inductionId, name: phase.name, position: phase.position });
    for (const item of phase.items) {
      const due = daysUntil(context, item.dueDate) < 0;
      const chanceDone = finished ? 1 : due ? (lagging ? 0.5 : DONE_WHEN_DUE[item.owner]) : 0.1;
      const waived = random.chance(finished ? 0.05 : due ? 0.02 : 0);
      const done = !waived && random.chance(chanceDone);
      const doneOn = addDays(item.dueDate, -random.int(0, 4));
      const doneAt = done || waived ? momentOn(context, doneOn < context.today ? doneOn : context.today, 10 + random.int(0, 6)) : null;
      const doneBy = waived ? hr() : item.owner === "INDIVIDUAL" ? person.row.id : item.owner === "MANAGER" ? (manager?.row.id ?? hr()) : hr();
      const signedOff = done && item.needsSignOff && random.chance(finished ? 1 : 0.8);
      const signedOffAt = signedOff && doneAt ? momentOn(context, addDays(toDateOnly(doneAt), 1), 12) : null;
      const row: ItemRow = {
        ...item,
        id: context.ids(),
        organisationId: context.organisationId,
        inductionId,
        phaseId,
        status: waived ? "WAIVED" : done ? "DONE" : "OPEN",
        completedAt: doneAt,
        completedById: doneAt ? doneBy : null,
        waivedReason: waived ? random.pick(WAIVED_REASONS) : null,
        signedOffAt,
        signedOffById: signedOffAt ? (item.owner === "MANAGER" || !manager ? hr() : manager.row.id) : null,
      };
      induction.items.push(row);
      if (done && doneAt) recordWhatTheItemStandsFor(context, random, induction, row, doneAt, plan);
    }
  }
  return induction;
}

/** The acknowledgement, reflection or evidence a done item stands for. */
function recordWhatTheItemStandsFor(context: PlanContext, random: Random, induction: InductionPlan, item: ItemRow, doneAt: Date, plan: InductionsPlan) {
  const base = { id: context.ids(), organisationId: context.organisationId };
  if (item.kind === "ACKNOWLEDGE_CHARTER") {
    plan.acknowledgements.push({ ...base, personId: induction.person.row.id, charterVersionId: induction.charter.charterVersionId, acknowledgedAt: doneAt, createdAt: doneAt });
  } else if (item.kind === "REFLECTION") {
    plan.reflections.push({
      ...base,
      inductionId: induction.row.id,
      itemId: item.id,
      authorId: induction.person.row.id,
      prompt: item.title,
      text: random.pick(REFLECTIONS),
      sharedWithManager: random.chance(0.5),
      sharedWithSupporter: induction.row.supporterId !== null && random.chance(0.4),
      createdAt: doneAt,
    });
  } else if (item.kind === "TASK" && item.needsSignOff && item.completedById && random.chance(0.4)) {
    plan.evidence.push({ ...base, itemId: item.id, authorId: item.completedById, text: random.pick(EVIDENCE), createdAt: doneAt });
  }
}

export function inductionTables(plan: InductionsPlan): TableRows[] {
  const inductions = plan.inductions;
  return [
    tableRows("Cohort", { id: "text", organisationId: "text", name: "text", createdAt: "timestamp" }, plan.cohorts),
    tableRows(
      "Induction",
      {
        id: "text",
        organisationId: "text",
        personId: "text",
        jobRoleId: "text",
        templateId: "text",
        cohortId: "text",
        managerId: "text",
        supporterId: "text",
        startDate: "date",
        status: "enum:InductionStatus",
        completedAt: "timestamp",
        createdAt: "timestamp",
      },
      inductions.map((induction) => induction.row),
    ),
    tableRows("InductionPhase", { id: "text", organisationId: "text", inductionId: "text", name: "text", position: "int" }, inductions.flatMap((induction) => induction.phases)),
    tableRows(
      "InductionItem",
      {
        id: "text",
        organisationId: "text",
        inductionId: "text",
        phaseId: "text",
        position: "int",
        title: "text",
        guidance: "text",
        owner: "enum:ItemOwner",
        kind: "enum:ItemKind",
        dueDate: "date",
        competencyKey: "text",
        needsSignOff: "bool",
        status: "enum:ItemStatus",
        completedAt: "timestamp",
        completedById: "text",
        waivedReason: "text",
        signedOffAt: "timestamp",
        signedOffById: "text",
      },
      inductions.flatMap((induction) => induction.items),
    ),
    tableRows("CharterAcknowledgement", { id: "text", organisationId: "text", personId: "text", charterVersionId: "text", acknowledgedAt: "timestamp", createdAt: "timestamp" }, plan.acknowledgements),
    tableRows(
      "Reflection",
      {
        id: "text",
        organisationId: "text",
        inductionId: "text",
        itemId: "text",
        authorId: "text",
        prompt: "text",
        text: "text",
        sharedWithManager: "bool",
        sharedWithSupporter: "bool",
        createdAt: "timestamp",
      },
      plan.reflections,
    ),
    tableRows("ItemEvidence", { id: "text", organisationId: "text", itemId: "text", authorId: "text", text: "text", createdAt: "timestamp" }, plan.evidence),
  ];
}
