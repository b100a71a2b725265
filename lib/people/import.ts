import "server-only";
import { randomUUID } from "node:crypto";
import type { SessionPerson } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db/client";
import type { AppRole } from "@/lib/db/generated/enums";
import { ConflictError } from "@/lib/db/errors";
import { Prisma } from "@/lib/db/generated/client";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { checkInOneReading, previewCounts, refuseRowsWithErrors, rowsOrFileProblem } from "@/lib/csv/import-steps";
import { jobRoleMatcher } from "@/lib/roles/title-matcher";
import { parsePeopleCsv, type CsvPersonRow } from "./csv";

/** One row of the preview: what the file says, what is wrong with it, what will happen. */
export type PeopleImportRow = CsvPersonRow & { outcome: string };

export type PeopleImportPreview = {
  total: number;
  ready: number;
  withErrors: number;
  rows: PeopleImportRow[];
};

export type PeopleImportResult = { created: number; withManager: number };

type ManagerRef = { kind: "existing"; id: string } | { kind: "file"; email: string } | null;

type CheckedRow = PeopleImportRow & { jobRoleId: string | null; manager: ManagerRef };

/** Rows per INSERT; each statement takes its rows as five array parameters. */
const INSERT_BATCH = 5_000;

/** Unique violations from raw SQL arrive as P2010 with the driver's error inside. */
function isRawUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2010") return false;
  const cause = (error.meta?.driverAdapterError as { cause?: { originalCode?: string; kind?: string } } | undefined)?.cause;
  return cause?.originalCode === "23505" || cause?.kind === "UniqueConstraintViolation";
}

/**
 * The checks that need the organisation's data, run on rows that parsePeopleCsv
 * has already checked on their own. Email uniqueness is global (the email is the
 * sign-in name), but nothing about another organisation is revealed.
 */
async function checkAgainstOrganisation(client: Tx, organisationId: string, rows: CsvPersonRow[]): Promise<CheckedRow[]> {
  const emails = [...new Set(rows.map((row) => row.email).filter(Boolean))];
  const fileEmails = new Set(emails);
  const externalManagers = [...new Set(rows.map((row) => row.managerEmail).filter((email) => email && !fileEmails.has(email)))];

  const [taken, jobRoles, managers] = await Promise.all([
    emails.length
      ? client.person.findMany({ where: { email: { in: emails } }, select: { email: true, organisationId: true, name: true, active: true } })
      : [],
    client.jobRole.findMany({ where: { organisationId }, select: { id: true, title: true } }),
    externalManagers.length
      ? client.person.findMany({
          where: { organisationId, email: { in: externalManagers } },
          select: { id: true, email: true, name: true, active: true },
        })
      : [],
  ]);

  const takenByEmail = new Map(taken.map((person) => [person.email, person]));
  const managerByEmail = new Map(managers.map((person) => [person.email, person]));
  const findJobRole = jobRoleMatcher(jobRoles);
  const rowByEmail = new Map<string, CsvPersonRow>();
  for (const row of rows) if (row.email && !rowByEmail.has(row.email)) rowByEmail.set(row.email, row);

  return rows.map((row) => {
    const errors = [...row.errors];

    const existing = takenByEmail.get(row.email);
    if (existing && existing.organisationId === organisationId) {
      errors.push(
        existing.active
          ? `${existing.name} already has this email in your organisation.`
          : `${existing.name} already has this email in your organisation but is deactivated. Reactivate them from the people list instead.`,
      );
    } else if (existing) {
      errors.push("This email address is already in use, so it cannot be added. Each person needs their own address.");
    }

    let jobRoleId: string | null = null;
    if (row.jobRole) {
      const found = findJobRole(row.jobRole);
      if (found === "ambiguous") errors.push(`More than one job role is called “${row.jobRole}” when capitals are ignored. Use the exact title.`);
      else if (!found) errors.push(`Your organisation has no job role called “${row.jobRole}”. Add it under Job roles first, or leave the cell empty.`);
      else jobRoleId = found.id;
    }

    let manager: ManagerRef = null;
    let reportsTo = "no manager";
    if (row.managerEmail && row.managerEmail !== row.email) {
      const inFile = rowByEmail.get(row.managerEmail);
      const known = managerByEmail.get(row.managerEmail);
      if (inFile) {
        manager = { kind: "file", email: row.managerEmail };
        reportsTo = `reports to ${inFile.name || row.managerEmail} (row ${inFile.row})`;
      } else if (known?.active) {
        manager = { kind: "existing", id: known.id };
        reportsTo = `reports to ${known.name}`;
      } else if (known) {
        errors.push(`The manager ${known.name} (${row.managerEmail}) is deactivated. Choose an active manager or leave the cell empty.`);
      } else {
        errors.push(`Nobody in your organisation or in this file has the manager email “${row.managerEmail}”.`);
      }
    }

    const outcome = errors.length ? "Not imported until this row is fixed" : `Will be added; ${reportsTo}`;
    return { ...row, errors, outcome, jobRoleId, manager };
  });
}

function summarise(rows: CheckedRow[]): PeopleImportPreview {
  return {
    ...previewCounts(rows),
    // Only what the page shows: no ids leave the server.
    rows: rows.map(({ row, name, email, jobRole, managerEmail, appRoles, roles, errors, outcome }) => ({
      row,
      name,
      email,
      jobRole,
      managerEmail,
      appRoles,
      roles,
      errors,
      outcome,
    })),
  };
}

/** Checks a whole file without writing anything. */
export async function previewPeopleImport(actor: SessionPerson, csv: string): Promise<PeopleImportPreview> {
  const fileRows = rowsOrFileProblem(parsePeopleCsv(csv));
  return summarise(await checkInOneReading((tx) => checkAgainstOrganisation(tx, actor.organisationId, fileRows)));
}

/**
 * Checks the file again (a preview proves nothing) and, only if every row is
 * ready, adds everyone in one transaction: create people, then set managers,
 * then one audit event. Any error writes nothing.
 */
export async function importPeople(actor: SessionPerson, csv: string): Promise<PeopleImportResult> {
  const organisationId = actor.organisationId;
  const fileRows = rowsOrFileProblem(parsePeopleCsv(csv));

  try {
    return await db.$transaction(
      async (tx) => {
        const rows = await checkAgainstOrganisation(tx, organisationId, fileRows);
        refuseRowsWithErrors(rows, "Nothing was imported");

        // Pass 1: everyone, without managers (a manager may be a later row), as
        // INSERTs that take each column as one array: Prisma's createMany spent
        // seconds building 10,000-row statements; this takes a fraction of that.
        // Ids are made here (random UUIDs: Prisma makes its cuids in the client,
        // out of reach of raw SQL), so pass 2 needs nothing read back.
        const idByEmail = new Map(rows.map((row) => [row.email, randomUUID()]));
        for (let start = 0; start < rows.length; start += INSERT_BATCH) {
          const batch = rows.slice(start, start + INSERT_BATCH);
          await tx.$executeRaw`
            INSERT INTO "Person" ("id", "organisationId", "name", "email", "roles", "jobRoleId", "updatedAt")
            SELECT u.id, ${organisationId}, u.name, u.email, string_to_array(u.roles, ',')::"AppRole"[], u.job_role_id, now()
            FROM unnest(
              ${batch.map((row) => idByEmail.get(row.email))}::text[],
              ${batch.map((row) => row.name)}::text[],
              ${batch.map((row) => row.email)}::text[],
              ${batch.map((row) => row.roles.join(","))}::text[],
              ${batch.map((row) => row.jobRoleId)}::text[]
            ) AS u(id, name, email, roles, job_role_id)`;
        }

        // Pass 2: managers, in one statement.
        const ids: string[] = [];
        const managerIds: string[] = [];
        for (const row of rows) {
          if (!row.manager) continue;
          const id = idByEmail.get(row.email);
          const managerId = row.manager.kind === "existing" ? row.manager.id : idByEmail.get(row.manager.email);
          if (!id || !managerId) throw new Error(`Import lost track of row ${row.row}`);
          ids.push(id);
          managerIds.push(managerId);
        }
        if (ids.length) {
          await tx.$executeRaw`
            UPDATE "Person" AS p
            SET "managerId" = u.manager_id, "updatedAt" = now()
            FROM unnest(${ids}::text[], ${managerIds}::text[]) AS u(id, manager_id)
            WHERE p.id = u.id AND p."organisationId" = ${organisationId}`;
        }

        const byRole: Partial<Record<AppRole, number>> = {};
        for (const row of rows) for (const role of row.roles) byRole[role] = (byRole[role] ?? 0) + 1;
        await recordAudit(tx, {
          organisationId,
          actorId: actor.id,
          action: "people.imported",
          entityType: "Organisation",
          entityId: organisationId,
          summary: `Imported ${rows.length} ${rows.length === 1 ? "person" : "people"} from a CSV file`,
          details: {
            created: rows.length,
            withManager: ids.length,
            withJobRole: rows.filter((row) => row.jobRoleId).length,
            byRole,
          },
        });
        return { created: rows.length, withManager: ids.length };
      },
      // Ten thousand rows take a few seconds on a small machine; Prisma's default is 5 s.
      { timeout: 120_000, maxWait: 15_000 },
    );
  } catch (error) {
    if (isUniqueViolation(error) || isRawUniqueViolation(error)) {
      throw new ConflictError(
        "Someone added a person with one of these email addresses while the import was running. Nothing was imported: check the file again.",
      );
    }
    throw error;
  }
}
