import "server-only";
import type { SessionPerson } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { checkInOneReading, previewCounts, refuseRowsWithErrors, rowsOrFileProblem } from "@/lib/csv/import-steps";
import { db, type Tx } from "@/lib/db/client";
import { ConflictError } from "@/lib/db/errors";
import { jobRoleMatcher } from "@/lib/roles/title-matcher";
import { parseCohortCsv, type CohortCsvRow } from "./cohort-csv";
import { isDateOnly, todayIn } from "./dates";
import { formatDay, isWithinEnrolmentWindow, OUTSIDE_ENROLMENT_WINDOW } from "./enrolment-dates";
import { clashIn, findOrCreateCohort } from "./enrolment-lookups";
import { ALREADY_ENROLLED, isSecondActiveInduction, TEMPLATE_TO_COPY, writeEnrolment, type ResolvedEnrolment } from "./enrolment-write";

/** One row of the preview: what the file says, who it names, what is wrong with it, what will happen. */
export type CohortImportRow = CohortCsvRow & { name: string; outcome: string };

export type CohortImportPreview = { total: number; ready: number; withErrors: number; rows: CohortImportRow[] };

export type CohortImportResult = { enrolled: number; cohorts: { id: string; name: string }[] };

type CheckedRow = CohortImportRow & { resolved: Omit<ResolvedEnrolment, "cohort"> | null };

const MAX_DEPTH = 200;

const unique = (values: string[]) => [...new Set(values.filter(Boolean))];

/** Reads, in one go, everything the rows' checks need from the organisation. */
async function loadOrganisation(tx: Tx, organisationId: string, rows: CohortCsvRow[]) {
  const [organisation, people, managers, jobRoles, templates, cohorts, reportingLines] = await Promise.all([
    tx.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { timeZone: true } }),
    tx.person.findMany({
      where: { organisationId, email: { in: unique(rows.map((row) => row.email)) } },
      select: { id: true, name: true, email: true, active: true, jobRoleId: true, managerId: true, inductions: { where: { status: "ACTIVE" }, select: { id: true }, take: 1 } },
    }),
    tx.person.findMany({ where: { organisationId, email: { in: unique(rows.map((row) => row.managerEmail)) } }, select: { id: true, name: true, email: true, active: true } }),
    tx.jobRole.findMany({ where: { organisationId }, select: { id: true, title: true } }),
    // Newest first, so the first template seen for a role is the one enrolment uses (as roleTemplateWhere orders).
    tx.inductionTemplate.findMany({ where: { organisationId, jobRoleId: { not: null } }, orderBy: [{ updatedAt: "desc" }, { id: "asc" }], select: { ...TEMPLATE_TO_COPY, jobRoleId: true } }),
    tx.cohort.findMany({ where: { organisationId }, select: { name: true } }),
    tx.person.findMany({ where: { organisationId }, select: { id: true, managerId: true } }),
  ]);
  const templateByRole = new Map<string, (typeof templates)[number]>();
  for (const template of templates) if (template.jobRoleId && !templateByRole.has(template.jobRoleId)) templateByRole.set(template.jobRoleId, template);
  return {
    today: todayIn(organisation.timeZone),
    personByEmail: new Map(people.map((person) => [person.email, person])),
    managerByEmail: new Map(managers.map((person) => [person.email, person])),
    findJobRole: jobRoleMatcher(jobRoles),
    templateByRole,
    cohortNames: cohorts.map((cohort) => cohort.name),
    managerOf: new Map(reportingLines.map((person) => [person.id, person.managerId])),
  };
}

/** What a ready row will do, beyond what its cells already show. */
function describeOutcome(row: CohortCsvRow, resolved: NonNullable<CheckedRow["resolved"]>, newCohort: boolean): string {
  const cohort = row.cohort ? (newCohort ? ", starting a new cohort" : ", joining the existing cohort") : "";
  return `Will be enrolled in “${resolved.template.name}” from ${formatDay(resolved.startDate)}, reporting to ${resolved.manager.name}${cohort}`;
}

/**
 * The checks that need the organisation's data, run on rows parseCohortCsv has already
 * checked on their own. Emails and managers are looked up in the importer's organisation
 * only, so another organisation's people read as unknown.
 */
async function checkAgainstOrganisation(tx: Tx, organisationId: string, rows: CohortCsvRow[]): Promise<CheckedRow[]> {
  const data = await loadOrganisation(tx, organisationId, rows);

  const checked = rows.map((row): CheckedRow => {
    const errors = [...row.errors];
    const refuse = (message: string) => errors.push(message);

    const person = data.personByEmail.get(row.email);
    if (row.email && !person) refuse(`Nobody in your organisation has the email “${row.email}”. Add them under People first.`);
    else if (person && !person.active) refuse(`${person.name} is deactivated. Reactivate them before enrolling them.`);
    else if (person?.inductions.length) refuse(`${person.name} ${ALREADY_ENROLLED}`);

    const found = row.jobRole ? data.findJobRole(row.jobRole) : undefined;
    const template = found && found !== "ambiguous" ? data.templateByRole.get(found.id) : undefined;
    if (found === "ambiguous") refuse(`More than one job role is called “${row.jobRole}” when capitals are ignored. Use the exact title.`);
    else if (row.jobRole && !found) refuse(`Your organisation has no job role called “${row.jobRole}”. Use a title exactly as it appears under Job roles.`);
    else if (found && !template) refuse(`${found.title} has no induction template yet. Create one under Inductions (/hr/inductions) first.`);
    else if (template && template.items.length === 0) refuse(`The template “${template.name}” for ${found?.title} has no items yet, so there would be nothing to do.`);

    if (isDateOnly(row.startDate) && !isWithinEnrolmentWindow(row.startDate, data.today)) {
      refuse(`The start date ${row.startDate} is too far away. ${OUTSIDE_ENROLMENT_WINDOW}`);
    }

    const manager = data.managerByEmail.get(row.managerEmail);
    if (row.managerEmail && row.managerEmail !== row.email && !manager) refuse(`Nobody in your organisation has the manager email “${row.managerEmail}”.`);
    else if (manager && !manager.active) refuse(`The manager ${manager.name} is deactivated. Choose an active manager.`);

    const clash = row.cohort ? clashIn(data.cohortNames, row.cohort) : null;
    if (clash) refuse(`Your organisation already has a cohort called “${clash}”. Write that exact name to join it, or choose a different name.`);

    const ready = errors.length === 0 && person && found && found !== "ambiguous" && template && manager;
    const resolved = ready ? { person, jobRole: found, template, startDate: row.startDate, manager, supporter: null } : null;
    return { ...row, name: person?.name ?? "", errors, outcome: "", resolved };
  });

  // Manager loops, with every ready row's new manager in place (two rows may make a loop between them).
  const managerOf = new Map(data.managerOf);
  for (const row of checked) if (row.resolved) managerOf.set(row.resolved.person.id, row.resolved.manager.id);
  for (const row of checked) {
    if (!row.resolved) continue;
    const { person, manager } = row.resolved;
    let current: string | null | undefined = manager.id;
    for (let depth = 0; current && depth < MAX_DEPTH; depth++) {
      current = managerOf.get(current);
      if (current === person.id) {
        row.errors.push(`${manager.name} reports to ${person.name} already, directly or through others, so this would make a loop.`);
        row.resolved = null;
        break;
      }
    }
  }

  for (const row of checked) {
    if (!row.resolved) {
      row.outcome = "Not enrolled until this row is fixed";
      continue;
    }
    const isNew = Boolean(row.cohort) && !data.cohortNames.includes(row.cohort);
    row.outcome = describeOutcome(row, row.resolved, isNew);
  }
  return checked;
}

function summarise(rows: CheckedRow[]): CohortImportPreview {
  return {
    ...previewCounts(rows),
    // Only what the page shows: no ids leave the server.
    rows: rows.map(({ row, email, name, jobRole, startDate, managerEmail, cohort, errors, outcome }) => ({ row, email, name, jobRole, startDate, managerEmail, cohort, errors, outcome })),
  };
}

/** Checks a whole file without writing anything. */
export async function previewCohortImport(actor: SessionPerson, csv: string): Promise<CohortImportPreview> {
  const fileRows = rowsOrFileProblem(parseCohortCsv(csv));
  return summarise(await checkInOneReading((tx) => checkAgainstOrganisation(tx, actor.organisationId, fileRows)));
}

/**
 * Checks the file again (a preview proves nothing) and, only if every row is ready,
 * enrols everyone in one transaction, creating new cohorts once; any error writes nothing.
 */
export async function importCohort(actor: SessionPerson, csv: string): Promise<CohortImportResult> {
  const organisationId = actor.organisationId;
  const fileRows = rowsOrFileProblem(parseCohortCsv(csv));

  try {
    return await db.$transaction(
      async (tx) => {
        const rows = await checkAgainstOrganisation(tx, organisationId, fileRows);
        refuseRowsWithErrors(rows, "Nobody was enrolled");

        const cohorts = new Map<string, { id: string; name: string }>();
        for (const row of rows) {
          if (!row.resolved) throw new Error(`Import lost track of row ${row.row}`);
          let cohort = row.cohort ? cohorts.get(row.cohort) : undefined;
          if (row.cohort && !cohort) {
            cohort = await findOrCreateCohort(tx, organisationId, row.cohort);
            cohorts.set(row.cohort, cohort);
          }
          await writeEnrolment(tx, actor, { ...row.resolved, cohort: cohort ?? null });
        }

        await recordAudit(tx, {
          organisationId,
          actorId: actor.id,
          action: "inductions.imported",
          entityType: "Organisation",
          entityId: organisationId,
          summary: `Enrolled ${rows.length} ${rows.length === 1 ? "person" : "people"} from a CSV file`,
          details: { enrolled: rows.length, cohorts: [...cohorts.keys()] },
        });
        return { enrolled: rows.length, cohorts: [...cohorts.values()] };
      },
      // Each enrolment is a handful of statements; a full file of them takes longer than Prisma's default 5 s.
      { timeout: 120_000, maxWait: 15_000 },
    );
  } catch (error) {
    if (isSecondActiveInduction(error)) {
      throw new ConflictError("Someone enrolled one of these people while the import was running. Nobody was enrolled: check the file again.");
    }
    throw error;
  }
}
