import type { CharterDocument } from "@/lib/charters/document";
import type { FrameworkDocument } from "@/lib/frameworks/document";
import { groupBy, sortRecords } from "./ordering";
import { iso, isoOrNull, type PeopleLookups, type Tx } from "./export-shared";

/** HR's designs: frameworks, charters and induction templates, with their versions and parts. */

export async function readFrameworks(tx: Tx, organisationId: string, emailOrNull: (id: string | null) => string | null) {
  const where = { organisationId };
  const frameworks = await tx.framework.findMany({ where, select: { id: true, name: true, createdAt: true } });
  const versions = await tx.frameworkVersion.findMany({
    where,
    select: { id: true, frameworkId: true, number: true, status: true, content: true, publishedAt: true, publishedById: true, archivedAt: true, createdAt: true },
  });
  const versionsOf = groupBy(versions, (row) => row.frameworkId);
  const unkeyed = frameworks.map((framework) => ({
    id: framework.id,
    versions: versionsOf.get(framework.id) ?? [],
    record: {
      name: framework.name,
      createdAt: iso(framework.createdAt),
      versions: sortRecords(
        (versionsOf.get(framework.id) ?? []).map((version) => ({
          number: version.number,
          status: version.status,
          publishedAt: isoOrNull(version.publishedAt),
          publishedBy: emailOrNull(version.publishedById),
          archivedAt: isoOrNull(version.archivedAt),
          createdAt: iso(version.createdAt),
          content: version.content as unknown as FrameworkDocument,
        })),
        (version) => [version.number],
      ),
    },
  }));
  const keyed = sortRecords(unkeyed, (row) => [row.record.createdAt, row.record.name], (row) => row.record).map((row, index) => ({
    id: row.id,
    versions: row.versions,
    record: { key: `framework-${index + 1}`, ...row.record },
  }));
  const versionRefs = new Map(keyed.flatMap((row) => row.versions.map((version) => [version.id, { framework: row.record.key, number: version.number }] as const)));
  return Object.assign(keyed, { versionRefs });
}

export async function readCharters(
  tx: Tx,
  organisationId: string,
  refs: PeopleLookups & { title: (id: string) => string; frameworkVersionRef: (id: string) => { framework: string; number: number } },
) {
  const where = { organisationId };
  const charters = await tx.charter.findMany({ where, select: { id: true, jobRoleId: true, createdAt: true } });
  const versions = await tx.charterVersion.findMany({
    where,
    select: { id: true, charterId: true, number: true, status: true, content: true, frameworkVersionId: true, publishedAt: true, publishedById: true, archivedAt: true, createdAt: true },
  });
  const acknowledgements = await tx.charterAcknowledgement.findMany({ where, select: { charterVersionId: true, personId: true, acknowledgedAt: true } });
  const questions = await tx.charterQuestion.findMany({ where, select: { charterVersionId: true, personId: true, question: true, createdAt: true } });
  const versionsOf = groupBy(versions, (row) => row.charterId);
  const acknowledgementsOf = groupBy(acknowledgements, (row) => row.charterVersionId);
  const questionsOf = groupBy(questions, (row) => row.charterVersionId);
  const roleOfCharter = new Map(charters.map((row) => [row.id, refs.title(row.jobRoleId)]));

  const records = sortRecords(
    charters.map((charter) => ({
      jobRole: refs.title(charter.jobRoleId),
      createdAt: iso(charter.createdAt),
      versions: sortRecords(
        (versionsOf.get(charter.id) ?? []).map((version) => ({
          number: version.number,
          status: version.status,
          publishedAt: isoOrNull(version.publishedAt),
          publishedBy: refs.emailOrNull(version.publishedById),
          archivedAt: isoOrNull(version.archivedAt),
          createdAt: iso(version.createdAt),
          content: version.content as unknown as CharterDocument,
          frameworkVersion: version.frameworkVersionId === null ? null : refs.frameworkVersionRef(version.frameworkVersionId),
          acknowledgements: sortRecords(
            (acknowledgementsOf.get(version.id) ?? []).map((row) => ({ person: refs.email(row.personId), acknowledgedAt: iso(row.acknowledgedAt) })),
            (row) => [row.person],
          ),
          questions: sortRecords(
            (questionsOf.get(version.id) ?? []).map((row) => ({ person: refs.email(row.personId), question: row.question, createdAt: iso(row.createdAt) })),
            (row) => [row.createdAt, row.person],
          ),
        })),
        (version) => [version.number],
      ),
    })),
    (row) => [row.jobRole],
  );
  const versionRefs = new Map(versions.map((row) => [row.id, { jobRole: roleOfCharter.get(row.charterId) ?? "", number: row.number }]));
  return { records, versionRefs };
}

export async function readTemplates(tx: Tx, organisationId: string, titleOrNull: (id: string | null) => string | null) {
  const where = { organisationId };
  const templates = await tx.inductionTemplate.findMany({ where, select: { id: true, name: true, description: true, jobRoleId: true, createdAt: true } });
  const phases = await tx.templatePhase.findMany({ where, select: { id: true, templateId: true, name: true, position: true } });
  const items = await tx.templateItem.findMany({
    where,
    select: { phaseId: true, position: true, title: true, guidance: true, owner: true, kind: true, dueOffsetDays: true, competencyKey: true, needsSignOff: true },
  });
  const phasesOf = groupBy(phases, (row) => row.templateId);
  const itemsOf = groupBy(items, (row) => row.phaseId);
  return sortRecords(
    templates.map((template) => ({
      id: template.id,
      record: {
        name: template.name,
        description: template.description,
        jobRole: titleOrNull(template.jobRoleId),
        createdAt: iso(template.createdAt),
        phases: sortRecords(
          (phasesOf.get(template.id) ?? []).map((phase) => ({
            name: phase.name,
            position: phase.position,
            items: sortRecords(
              (itemsOf.get(phase.id) ?? []).map((item) => ({
                position: item.position,
                title: item.title,
                guidance: item.guidance,
                owner: item.owner,
                kind: item.kind,
                dueOffsetDays: item.dueOffsetDays,
                competencyKey: item.competencyKey,
                needsSignOff: item.needsSignOff,
              })),
              (item) => [item.position, item.title],
            ),
          })),
          (phase) => [phase.position, phase.name],
        ),
      },
    })),
    (row) => [row.record.name],
    (row) => row.record,
  );
}
