import "server-only";
import type { SessionPerson } from "@/lib/auth/session";
import { latestConversations, type LatestConversation } from "@/lib/conversations/team-queries";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/db/errors";
import type { InductionStatus, ItemKind, ItemOwner, ItemStatus } from "@/lib/db/generated/enums";
import { Prisma } from "@/lib/db/generated/client";
import { addDays, fromDateOnly, todayIn, toDateOnly, type DateOnly } from "./dates";
import { charterStateFor, type CharterState } from "./item-charter";
import { canCompleteItem, canManageInduction, canReadReflection, canSignOff } from "./permissions";
import { isDueThisWeek, isOverdue, isSettled, progressOf, type Progress } from "./progress";

/**
 * Reads of running inductions for the people who work through them: the leader's own, a
 * manager's reports', HR's view of any. Each item carries what the viewer may do with it, so
 * pages show controls only where the commands would accept them.
 */

export type ItemAbilities = { complete: boolean; reopen: boolean; signOff: boolean; waive: boolean; remove: boolean; addEvidence: boolean };

export type EvidenceView = { id: string; text: string; url: string | null; author: string | null; createdAt: Date };

export type ItemView = {
  id: string;
  title: string;
  guidance: string;
  owner: ItemOwner;
  kind: ItemKind;
  status: ItemStatus;
  dueDate: DateOnly;
  version: number;
  needsSignOff: boolean;
  overdue: boolean;
  dueThisWeek: boolean;
  settled: boolean;
  completedAt: Date | null;
  completedBy: string | null;
  signedOffAt: Date | null;
  signedOffBy: string | null;
  waivedReason: string | null;
  /** For reflection items: whether the new leader has written it (whoever is looking). */
  reflected: boolean;
  evidence: EvidenceView[];
  can: ItemAbilities;
};

export type PhaseView = { id: string; name: string; progress: Progress; items: ItemView[] };

export type ReflectionView = {
  id: string;
  itemId: string | null;
  prompt: string;
  text: string;
  sharedWithManager: boolean;
  sharedWithSupporter: boolean;
  createdAt: Date;
  updatedAt: Date;
  mine: boolean;
};

type PersonRef = { id: string; name: string };

export type InductionView = {
  id: string;
  status: InductionStatus;
  startDate: DateOnly;
  completedAt: Date | null;
  today: DateOnly;
  timeZone: string;
  person: PersonRef;
  manager: PersonRef | null;
  supporter: PersonRef | null;
  jobRole: { id: string; title: string };
  cohort: string | null;
  progress: Progress;
  phases: PhaseView[];
  /** Only the reflections the viewer may read. */
  reflections: ReflectionView[];
  /** The role's charter and the leader's acknowledgement, when the induction asks for one. */
  charter: CharterState | null;
  viewer: { isPerson: boolean; isManager: boolean; isSupporter: boolean; canManage: boolean };
};

/** Acknowledging the charter and writing the reflection are the evidence of these items. */
const DONE_BY_DOING: readonly ItemKind[] = ["ACKNOWLEDGE_CHARTER", "REFLECTION"];

export async function organisationToday(organisationId: string, now: Date = new Date()) {
  const organisation = await db.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { timeZone: true } });
  return { timeZone: organisation.timeZone, today: todayIn(organisation.timeZone, now) };
}

/** An induction with what its pages show at the top, its phases and the names of everyone its items mention, read in one statement. */
type InductionRow = {
  id: string;
  status: InductionStatus;
  startDate: DateOnly;
  completedAt: Date | null;
  personId: string;
  managerId: string | null;
  supporterId: string | null;
  jobRoleId: string;
  jobRoleTitle: string;
  cohortName: string | null;
  timeZone: string;
  phases: { id: string; name: string }[];
  /** Person id → name, for the induction's people, whoever completed or signed off an item, and evidence authors. */
  names: Record<string, string> | null;
};

/** The running induction matching `condition`, else the latest finished one. */
async function findInduction(organisationId: string, condition: Prisma.Sql): Promise<InductionRow | null> {
  const rows = await db.$queryRaw<InductionRow[]>`
    WITH chosen AS (
      SELECT i.id, i."organisationId", i.status, i."startDate", i."completedAt", i."personId", i."managerId", i."supporterId", i."jobRoleId", i."cohortId"
      FROM "Induction" i
      WHERE i."organisationId" = ${organisationId} AND ${condition}
      ORDER BY i.status ASC, i."startDate" DESC, i.id ASC
      LIMIT 1
    )
    SELECT i.id, i.status::text AS status, to_char(i."startDate", 'YYYY-MM-DD') AS "startDate", i."completedAt",
           i."personId", i."managerId", i."supporterId", r.id AS "jobRoleId", r.title AS "jobRoleTitle", c.name AS "cohortName", o."timeZone",
           COALESCE((SELECT json_agg(json_build_object('id', ph.id, 'name', ph.name) ORDER BY ph.position, ph.id)
                     FROM "InductionPhase" ph WHERE ph."organisationId" = i."organisationId" AND ph."inductionId" = i.id), '[]') AS phases,
           (SELECT json_object_agg(n.id, n.name) FROM "Person" n
            WHERE n."organisationId" = i."organisationId" AND n.id IN (
              SELECT unnest(ARRAY[i."personId", i."managerId", i."supporterId"])
              UNION SELECT unnest(ARRAY[it."completedById", it."signedOffById"]) FROM "InductionItem" it WHERE it."organisationId" = i."organisationId" AND it."inductionId" = i.id
              UNION SELECT e."authorId" FROM "ItemEvidence" e JOIN "InductionItem" it ON it.id = e."itemId" AND it."organisationId" = e."organisationId"
                    WHERE e."organisationId" = i."organisationId" AND it."inductionId" = i.id)) AS names
    FROM chosen i
    JOIN "Organisation" o ON o.id = i."organisationId"
    JOIN "JobRole" r ON r.id = i."jobRoleId" AND r."organisationId" = i."organisationId"
    LEFT JOIN "Cohort" c ON c.id = i."cohortId" AND c."organisationId" = i."organisationId"`;
  return rows[0] ?? null;
}

async function buildView(actor: SessionPerson, induction: InductionRow, now: Date): Promise<InductionView> {
  const organisationId = actor.organisationId;
  const people = { personId: induction.personId, managerId: induction.managerId, supporterId: induction.supporterId };
  const timeZone = induction.timeZone;
  const today = todayIn(timeZone, now);
  const phases = induction.phases;
  const [items, evidence, reflections] = await Promise.all([
    db.inductionItem.findMany({
      where: { organisationId, inductionId: induction.id },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: {
        id: true,
        phaseId: true,
        title: true,
        guidance: true,
        owner: true,
        kind: true,
        status: true,
        dueDate: true,
        version: true,
        needsSignOff: true,
        completedAt: true,
        completedById: true,
        signedOffAt: true,
        signedOffById: true,
        waivedReason: true,
      },
    }),
    db.itemEvidence.findMany({
      where: { organisationId, item: { inductionId: induction.id, organisationId } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, itemId: true, text: true, url: true, authorId: true, createdAt: true },
    }),
    // Which reflections exist is not private (it is what ticks a reflection item off); what they say is.
    db.reflection.findMany({
      where: { organisationId, inductionId: induction.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, itemId: true, authorId: true, sharedWithManager: true, sharedWithSupporter: true },
    }),
  ]);

  const readable = reflections.filter((reflection) => canReadReflection(actor, people, reflection)).map((reflection) => reflection.id);
  const needsCharter = items.some((item) => item.kind === "ACKNOWLEDGE_CHARTER");
  const [texts, charter] = await Promise.all([
    readable.length
      ? db.reflection.findMany({
          where: { organisationId, id: { in: readable } },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          select: { id: true, itemId: true, authorId: true, prompt: true, text: true, sharedWithManager: true, sharedWithSupporter: true, createdAt: true, updatedAt: true },
        })
      : Promise.resolve([]),
    needsCharter ? charterStateFor(db, organisationId, induction.personId, induction.jobRoleId) : Promise.resolve(null),
  ]);

  const nameOf = new Map(Object.entries(induction.names ?? {}));
  const ref = (id: string | null): PersonRef | null => (id && nameOf.has(id) ? { id, name: nameOf.get(id) ?? "" } : null);
  const reflectedItems = new Set(reflections.filter((reflection) => reflection.authorId === induction.personId).map((reflection) => reflection.itemId));
  const evidenceByItem = new Map<string, typeof evidence>();
  for (const entry of evidence) evidenceByItem.set(entry.itemId, [...(evidenceByItem.get(entry.itemId) ?? []), entry]);
  const manage = canManageInduction(actor);
  const signOff = canSignOff(actor, people);

  const views: (ItemView & { phaseId: string })[] = items.map((item) => {
    const dueDate = toDateOnly(item.dueDate);
    const state = { status: item.status, dueDate, needsSignOff: item.needsSignOff, signedOff: item.signedOffAt !== null };
    const completer = canCompleteItem(actor, people, item.owner);
    const reflected = reflectedItems.has(item.id);
    const ready = item.kind === "ACKNOWLEDGE_CHARTER" ? Boolean(charter?.published && charter.acknowledgedAt) : item.kind === "REFLECTION" ? reflected : true;
    return {
      id: item.id,
      phaseId: item.phaseId,
      title: item.title,
      guidance: item.guidance,
      owner: item.owner,
      kind: item.kind,
      status: item.status,
      dueDate,
      version: item.version,
      needsSignOff: item.needsSignOff,
      overdue: isOverdue(state, today),
      dueThisWeek: isDueThisWeek(state, today),
      settled: isSettled(state),
      completedAt: item.completedAt,
      completedBy: ref(item.completedById)?.name ?? null,
      signedOffAt: item.signedOffAt,
      signedOffBy: ref(item.signedOffById)?.name ?? null,
      waivedReason: item.waivedReason,
      reflected,
      evidence: (evidenceByItem.get(item.id) ?? []).map((entry) => ({ id: entry.id, text: entry.text, url: entry.url, author: ref(entry.authorId)?.name ?? null, createdAt: entry.createdAt })),
      can: {
        complete: item.status === "OPEN" && completer && ready,
        reopen: (item.status === "DONE" && ((item.needsSignOff && signOff) || (completer && item.signedOffAt === null))) || (item.status === "WAIVED" && manage),
        signOff: item.needsSignOff && item.status === "DONE" && item.signedOffAt === null && signOff,
        waive: item.status === "OPEN" && manage,
        remove: manage && items.length > 1,
        addEvidence: completer && !DONE_BY_DOING.includes(item.kind),
      },
    };
  });

  const stateOf = (view: ItemView) => ({ status: view.status, dueDate: view.dueDate, owner: view.owner, needsSignOff: view.needsSignOff, signedOff: view.signedOffAt !== null });
  return {
    id: induction.id,
    status: induction.status,
    startDate: induction.startDate,
    completedAt: induction.completedAt,
    today,
    timeZone,
    person: ref(induction.personId) ?? { id: induction.personId, name: "" },
    manager: ref(induction.managerId),
    supporter: ref(induction.supporterId),
    jobRole: { id: induction.jobRoleId, title: induction.jobRoleTitle },
    cohort: induction.cohortName,
    progress: progressOf(views.map(stateOf), today),
    phases: phases.map((phase) => {
      const phaseItems = views.filter((view) => view.phaseId === phase.id);
      return { id: phase.id, name: phase.name, progress: progressOf(phaseItems.map(stateOf), today), items: phaseItems };
    }),
    reflections: texts.map((reflection) => ({ ...reflection, mine: reflection.authorId === actor.id })),
    charter,
    viewer: {
      isPerson: actor.id === induction.personId,
      isManager: actor.id === induction.managerId,
      isSupporter: actor.id === induction.supporterId,
      canManage: manage,
    },
  };
}

/** The person's running induction, or their latest finished one; null when HR has not enrolled them. */
export async function getOwnInduction(actor: SessionPerson, now: Date = new Date()): Promise<InductionView | null> {
  const induction = await findInduction(actor.organisationId, Prisma.sql`i."personId" = ${actor.id}`);
  return induction ? buildView(actor, induction, now) : null;
}

/**
 * Someone's running (or latest) induction, for the manager or the coach or mentor it names;
 * anyone else gets "not found".
 */
export async function getTeamInduction(actor: SessionPerson, personId: string, now: Date = new Date()): Promise<InductionView> {
  const induction = await findInduction(actor.organisationId, Prisma.sql`i."personId" = ${personId} AND (i."managerId" = ${actor.id} OR i."supporterId" = ${actor.id})`);
  if (!induction) throw new NotFoundError("induction");
  return buildView(actor, induction, now);
}

/** Any induction of the organisation, for HR. */
export async function getEnrolment(actor: SessionPerson, inductionId: string, now: Date = new Date()): Promise<InductionView> {
  if (!canManageInduction(actor)) throw new NotFoundError("induction");
  const induction = await findInduction(actor.organisationId, Prisma.sql`i.id = ${inductionId}`);
  if (!induction) throw new NotFoundError("induction");
  return buildView(actor, induction, now);
}

export type InductionCounts = Progress & { dueThisWeek: number };

/** Progress, overdue and due-this-week counts of many inductions, counted by the database. */
export async function countInductionProgress(organisationId: string, inductionIds: readonly string[], today: DateOnly): Promise<Map<string, InductionCounts>> {
  const ids = [...inductionIds];
  if (ids.length === 0) return new Map();
  const [byStatus, openSoon] = await Promise.all([
    db.inductionItem.groupBy({
      by: ["inductionId", "status", "needsSignOff"],
      where: { organisationId, inductionId: { in: ids } },
      _count: { _all: true, signedOffAt: true },
      orderBy: [{ inductionId: "asc" }],
    }),
    db.inductionItem.groupBy({
      by: ["inductionId", "dueDate"],
      where: { organisationId, inductionId: { in: ids }, status: "OPEN", dueDate: { lte: fromDateOnly(addDays(today, 6)) } },
      _count: { _all: true },
      orderBy: [{ inductionId: "asc" }],
    }),
  ]);
  const counts = new Map<string, InductionCounts>(ids.map((id) => [id, { total: 0, settled: 0, overdue: 0, percent: 100, dueThisWeek: 0 }]));
  for (const group of byStatus) {
    const entry = counts.get(group.inductionId);
    if (!entry) continue;
    entry.total += group._count._all;
    // Settled as progress.ts has it: waived, or done and (when it needs one) signed off.
    if (group.status === "WAIVED" || (group.status === "DONE" && !group.needsSignOff)) entry.settled += group._count._all;
    if (group.status === "DONE" && group.needsSignOff) entry.settled += group._count.signedOffAt;
  }
  for (const group of openSoon) {
    const entry = counts.get(group.inductionId);
    if (!entry) continue;
    if (toDateOnly(group.dueDate) < today) entry.overdue += group._count._all;
    else entry.dueThisWeek += group._count._all;
  }
  for (const entry of counts.values()) entry.percent = entry.total === 0 ? 100 : Math.floor((entry.settled / entry.total) * 100);
  return counts;
}

export type TeamRow = {
  person: { id: string; name: string; email: string; jobRole: string | null };
  induction: { id: string; status: InductionStatus; startDate: DateOnly; lastActivity: Date; counts: InductionCounts } | null;
  conversation: LatestConversation | null;
};

/**
 * The manager's direct reports and everyone whose induction names them as manager, each with
 * their running (or latest) induction's progress.
 */
export async function listTeamInductions(actor: SessionPerson, now: Date = new Date()): Promise<{ today: DateOnly; timeZone: string; rows: TeamRow[] }> {
  const organisationId = actor.organisationId;
  const [{ today, timeZone }, inductions] = await Promise.all([
    organisationToday(organisationId, now),
    db.induction.findMany({
      where: { organisationId, managerId: actor.id },
      orderBy: [{ status: "asc" }, { startDate: "desc" }, { id: "asc" }],
      select: { id: true, status: true, startDate: true, updatedAt: true, personId: true },
    }),
  ]);
  const latest = new Map<string, (typeof inductions)[number]>();
  for (const induction of inductions) if (!latest.has(induction.personId)) latest.set(induction.personId, induction);
  const [people, counts, conversations] = await Promise.all([
    db.person.findMany({
      where: { organisationId, active: true, OR: [{ managerId: actor.id }, { id: { in: [...latest.keys()] } }] },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, name: true, email: true, jobRole: { select: { title: true } } },
    }),
    countInductionProgress(organisationId, [...latest.values()].map((induction) => induction.id), today),
    latestConversations(organisationId, { managerId: actor.id, personIds: [...latest.keys()] }),
  ]);
  const rows = people.map((person): TeamRow => {
    const induction = latest.get(person.id);
    const entry = induction && counts.get(induction.id);
    return {
      person: { id: person.id, name: person.name, email: person.email, jobRole: person.jobRole?.title ?? null },
      induction: induction && entry ? { id: induction.id, status: induction.status, startDate: toDateOnly(induction.startDate), lastActivity: induction.updatedAt, counts: entry } : null,
      conversation: conversations.get(person.id) ?? null,
    };
  });
  return { today, timeZone, rows };
}
