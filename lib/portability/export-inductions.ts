import { toDateOnly } from "@/lib/inductions/dates";
import { groupBy, sortRecords } from "./ordering";
import { iso, isoOrNull, type PeopleLookups, type Tx } from "./export-shared";

/** Inductions with their phases, items and evidence, and assessments with their ratings. */

export async function readInductions(
  tx: Tx,
  organisationId: string,
  refs: PeopleLookups & { title: (id: string) => string; templateName: (id: string | null) => string | null; cohortName: (id: string | null) => string | null },
) {
  const where = { organisationId };
  const inductions = await tx.induction.findMany({
    where,
    select: { id: true, personId: true, jobRoleId: true, templateId: true, cohortId: true, managerId: true, supporterId: true, startDate: true, status: true, completedAt: true, createdAt: true },
  });
  const phases = await tx.inductionPhase.findMany({ where, select: { id: true, inductionId: true, name: true, position: true } });
  const items = await tx.inductionItem.findMany({
    where,
    select: {
      id: true,
      phaseId: true,
      position: true,
      title: true,
      guidance: true,
      owner: true,
      kind: true,
      dueDate: true,
      competencyKey: true,
      needsSignOff: true,
      status: true,
      completedAt: true,
      completedById: true,
      waivedReason: true,
      signedOffAt: true,
      signedOffById: true,
      createdAt: true,
    },
  });
  const evidence = await tx.itemEvidence.findMany({ where, select: { itemId: true, authorId: true, text: true, url: true, createdAt: true } });
  const phasesOf = groupBy(phases, (row) => row.inductionId);
  const itemsOf = groupBy(items, (row) => row.phaseId);
  const evidenceOf = groupBy(evidence, (row) => row.itemId);

  const itemRecord = (item: (typeof items)[number]) => ({
    position: item.position,
    title: item.title,
    guidance: item.guidance,
    owner: item.owner,
    kind: item.kind,
    dueDate: toDateOnly(item.dueDate),
    competencyKey: item.competencyKey,
    needsSignOff: item.needsSignOff,
    status: item.status,
    completedAt: isoOrNull(item.completedAt),
    completedBy: refs.emailOrNull(item.completedById),
    waivedReason: item.waivedReason,
    signedOffAt: isoOrNull(item.signedOffAt),
    signedOffBy: refs.emailOrNull(item.signedOffById),
    createdAt: iso(item.createdAt),
    evidence: sortRecords(
      (evidenceOf.get(item.id) ?? []).map((row) => ({ author: refs.emailOrNull(row.authorId), text: row.text, url: row.url, createdAt: iso(row.createdAt) })),
      (row) => [row.createdAt],
    ),
  });

  const unkeyed = inductions.map((induction) => {
    const phases = sortRecords(
      (phasesOf.get(induction.id) ?? []).map((phase) => ({
        name: phase.name,
        position: phase.position,
        items: sortRecords(
          (itemsOf.get(phase.id) ?? []).map((item) => ({ id: item.id, record: itemRecord(item) })),
          ({ record }) => [record.position, record.title, record.createdAt],
          ({ record }) => record,
        ),
      })),
      (phase) => [phase.position, phase.name],
      (phase) => ({ ...phase, items: phase.items.map((item) => item.record) }),
    );
    // Items are numbered in the order the file lists them; reflections name them by that key.
    let itemNumber = 0;
    const itemIds: [string, string][] = [];
    const phaseRecords = phases.map((phase) => ({
      name: phase.name,
      position: phase.position,
      items: phase.items.map(({ id, record }) => {
        itemNumber += 1;
        const key = `item-${itemNumber}`;
        itemIds.push([id, key]);
        return { key, ...record };
      }),
    }));
    return {
      id: induction.id,
      itemIds,
      record: {
        person: refs.email(induction.personId),
        jobRole: refs.title(induction.jobRoleId),
        template: refs.templateName(induction.templateId),
        cohort: refs.cohortName(induction.cohortId),
        manager: refs.emailOrNull(induction.managerId),
        supporter: refs.emailOrNull(induction.supporterId),
        startDate: toDateOnly(induction.startDate),
        status: induction.status,
        completedAt: isoOrNull(induction.completedAt),
        createdAt: iso(induction.createdAt),
        phases: phaseRecords,
      },
    };
  });
  const records = sortRecords(unkeyed, (row) => [row.record.person, row.record.startDate, row.record.createdAt], (row) => row.record).map((row, index) => ({
    id: row.id,
    itemIds: row.itemIds,
    record: { key: `induction-${index + 1}`, ...row.record },
  }));
  const itemRefs = new Map(records.flatMap((row) => row.itemIds.map(([id, item]) => [id, { induction: row.record.key, item }] as const)));
  return { records, itemRefs };
}

export async function readAssessments(
  tx: Tx,
  organisationId: string,
  refs: PeopleLookups & { inductionKey: (id: string | null) => string | null; charterVersionRef: (id: string) => { jobRole: string; number: number } },
) {
  const where = { organisationId };
  const assessments = await tx.assessment.findMany({
    where,
    select: { id: true, subjectId: true, assessorId: true, inductionId: true, charterVersionId: true, kind: true, moment: true, createdAt: true },
  });
  const ratings = await tx.assessmentRating.findMany({ where, select: { assessmentId: true, competencyKey: true, level: true } });
  const ratingsOf = groupBy(ratings, (row) => row.assessmentId);
  return sortRecords(
    assessments.map((row) => ({
      subject: refs.email(row.subjectId),
      assessor: refs.emailOrNull(row.assessorId),
      induction: refs.inductionKey(row.inductionId),
      charterVersion: refs.charterVersionRef(row.charterVersionId),
      kind: row.kind,
      moment: row.moment,
      createdAt: iso(row.createdAt),
      ratings: sortRecords(
        (ratingsOf.get(row.id) ?? []).map(({ competencyKey, level }) => ({ competencyKey, level })),
        (rating) => [rating.competencyKey],
      ),
    })),
    (row) => [row.subject, row.createdAt, row.kind, row.moment],
  );
}
