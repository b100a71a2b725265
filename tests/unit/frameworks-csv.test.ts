import { readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { countElements, type FrameworkDocument } from "@/lib/frameworks/document";
import { applyEdit } from "@/lib/frameworks/edit";
import { FRAMEWORK_CSV_MAX_ROWS, parseFrameworkCsv, writeFrameworkCsv, type FrameworkCsvError } from "@/lib/frameworks/interchange-csv";
import { frameworkDocumentSchema } from "@/lib/frameworks/schemas";

const FIXTURE = readFileSync(path.resolve(import.meta.dirname, "../../../shared/fixtures/medium-snowflake-framework.csv"), "utf8");
const HEADER = "cluster,competency,competency_description,level,level_expectation,indicator";

function documentOf(text: string, stageNames?: string[]): FrameworkDocument {
  const parsed = parseFrameworkCsv(text, { stageNames });
  if ("errors" in parsed) throw new Error(JSON.stringify(parsed.errors));
  return parsed.document;
}

function errorsOf(text: string, stageNames?: string[]): FrameworkCsvError[] {
  const parsed = parseFrameworkCsv(text, { stageNames });
  if ("document" in parsed) throw new Error("expected the file to be refused");
  return parsed.errors;
}

const csv = (...rows: string[]) => [HEADER, ...rows].join("\n");
const records = (text: string) => Papa.parse<string[]>(text, { skipEmptyLines: true }).data;

/** Each competency with its expectations: [level, text, indicators]. */
function outline(doc: FrameworkDocument) {
  return doc.clusters.map((cluster) => ({
    cluster: cluster.name,
    competencies: cluster.competencies.map((competency) => ({
      name: competency.name,
      description: competency.description,
      expectations: competency.expectations.map((expectation) => [
        doc.stages.find((stage) => stage.key === expectation.stageKey)?.name,
        expectation.text,
        expectation.indicators.map((indicator) => indicator.text),
      ]),
    })),
  }));
}

describe("parseFrameworkCsv: the real fixture", () => {
  const doc = documentOf(FIXTURE);

  it("gives 4 clusters, 16 competencies, 5 stages, 80 expectations and 240 indicators", () => {
    expect(countElements(doc)).toEqual({ scalePoints: 4, stages: 5, clusters: 4, competencies: 16, expectations: 80, indicators: 240 });
    expect(frameworkDocumentSchema.safeParse(doc).success).toBe(true);
  });

  it("keeps clusters, competencies and stages in order, with the default scale", () => {
    expect(doc.clusters.map((cluster) => cluster.name)).toEqual(["Building", "Executing", "Supporting", "Strengthening"]);
    expect(doc.clusters[0]?.competencies.map((competency) => competency.name)).toEqual(["Mobile", "Web client", "Foundations", "Servers"]);
    expect(doc.stages.map((stage) => stage.name)).toEqual(["Level 1", "Level 2", "Level 3", "Level 4", "Level 5"]);
    expect(doc.scale.map((point) => point.name)).toEqual(["Not yet", "Developing", "Proficient", "Role model"]);
    const mobile = doc.clusters[0]?.competencies[0];
    expect(mobile?.expectations[0]?.indicators.map((indicator) => indicator.text)).toEqual([
      "Delivers features requiring simple local modifications",
      "Adds simple actions that call server endpoints",
      "Reuses existing components appropriately",
    ]);
  });

  it("writes the same 240 rows back, field by field", () => {
    const written = records(writeFrameworkCsv(doc));
    const original = records(FIXTURE);
    expect(written).toHaveLength(241);
    expect(written).toEqual(original);
  });

  it("reads its own output back to the same content", () => {
    expect(outline(documentOf(writeFrameworkCsv(doc)))).toEqual(outline(doc));
  });
});

describe("parseFrameworkCsv: reading files", () => {
  it("ignores a byte order mark, CRLF line endings and blank lines", () => {
    const doc = documentOf(`\uFEFF${HEADER}\r\nSelf,Awareness,Knows self,1,Notices,Asks\r\n\r\n , , , , , \r\nSelf,Awareness,Knows self,1,Notices,Listens\r\n\r\n`);
    expect(outline(doc)).toEqual([{ cluster: "Self", competencies: [{ name: "Awareness", description: "Knows self", expectations: [["Level 1", "Notices", ["Asks", "Listens"]]] }] }]);
  });

  it("keeps commas, quotes, line breaks and non-ASCII text inside quoted cells", () => {
    const doc = documentOf(
      csv(
        `"Leading self","Self-awareness, deeply","Knows their ""triggers""",1,"Line one\nline two","Asks, then listens"`,
        `"Leading self","Self-awareness, deeply","Knows their ""triggers""",2,"Siobhán’s café — naïve 王小明 👩🏽‍💻","Zoë says “hello”"`,
      ),
    );
    expect(outline(doc)).toEqual([
      {
        cluster: "Leading self",
        competencies: [
          {
            name: "Self-awareness, deeply",
            description: 'Knows their "triggers"',
            expectations: [
              ["Level 1", "Line one\nline two", ["Asks, then listens"]],
              ["Level 2", "Siobhán’s café — naïve 王小明 👩🏽‍💻", ["Zoë says “hello”"]],
            ],
          },
        ],
      },
    ]);
    expect(outline(documentOf(writeFrameworkCsv(doc)))).toEqual(outline(doc));
  });

  it("accepts the columns in any order and case, with spaces for underscores", () => {
    const doc = documentOf("Indicator,Level Expectation,LEVEL,Competency Description,competency,Cluster\nAsks,Notices,1,Knows self,Awareness,Self\n");
    expect(outline(doc)[0]?.competencies[0]).toEqual({ name: "Awareness", description: "Knows self", expectations: [["Level 1", "Notices", ["Asks"]]] });
  });

  it("creates numbered stages up to the highest level, in numeric order, whatever the row order", () => {
    const doc = documentOf(csv("Self,Awareness,,3,Third,", "Self,Awareness,,1,First,"));
    expect(doc.stages.map((stage) => stage.name)).toEqual(["Level 1", "Level 2", "Level 3"]);
    expect(outline(doc)[0]?.competencies[0]?.expectations.map(([stage]) => stage)).toEqual(["Level 1", "Level 3"]);
  });

  it("takes stage names from the level column in first-seen order, matching them whatever their case", () => {
    const doc = documentOf(csv("Self,Awareness,,First-time leader,Leads,", "Self,Awareness,,Technical expert,Knows,", "Self,Focus,,first-time LEADER,Plans,"));
    expect(doc.stages.map((stage) => stage.name)).toEqual(["First-time leader", "Technical expert"]);
    expect(doc.clusters[0]?.competencies[1]?.expectations[0]?.stageKey).toBe(doc.stages[0]?.key);
  });

  it("names numbered stages, and accepts numbers and names together, when the stage names are given", () => {
    const stageNames = ["Technical expert", "First-time leader", "Leader of leaders"];
    const doc = documentOf(csv("Self,Awareness,,2,Leads,", "Self,Awareness,,leader of leaders,Leads leaders,"), stageNames);
    expect(doc.stages.map((stage) => stage.name)).toEqual(stageNames);
    expect(outline(doc)[0]?.competencies[0]?.expectations.map(([stage]) => stage)).toEqual(["First-time leader", "Leader of leaders"]);
  });

  it("reads a row with an empty indicator as an expectation with no indicators, and writes it back that way", () => {
    const doc = documentOf(csv("Self,Awareness,,1,Notices,"));
    expect(doc.clusters[0]?.competencies[0]?.expectations[0]).toMatchObject({ text: "Notices", indicators: [] });
    expect(records(writeFrameworkCsv(doc))[1]).toEqual(["Self", "Awareness", "", "1", "Notices", ""]);
  });

  it("lets later rows of a competency leave the description empty", () => {
    const doc = documentOf(csv("Self,Awareness,,1,Notices,", "Self,Awareness,Knows self,2,Leads,", "Self,Awareness,,3,Shapes,"));
    expect(doc.clusters[0]?.competencies[0]?.description).toBe("Knows self");
  });
});

describe("writeFrameworkCsv", () => {
  const doc = documentOf(csv("Self,Awareness,Knows self,1,Notices,Asks", "Self,Awareness,Knows self,2,Leads,Coaches", "Self,Awareness,Knows self,3,Shapes,"));
  const awareness = doc.clusters[0]?.competencies[0]?.key ?? "";
  const [s1, s2, s3] = doc.stages.map((stage) => stage.key);

  it("leaves out expectations marked not applicable or left blank", () => {
    const edited = applyEdit(applyEdit(doc, { op: "setExpectation", competencyKey: awareness, stageKey: s1 ?? "", notApplicable: true }), {
      op: "setExpectation",
      competencyKey: awareness,
      stageKey: s3 ?? "",
      text: "  ",
    });
    expect(records(writeFrameworkCsv(edited)).map((row) => row[3])).toEqual(["level", "2"]);
    expect(s2).toBeDefined();
  });

  it("neutralises formula-like cells with an apostrophe, and the import takes exactly that apostrophe off", () => {
    const texts = ["=SUM(A1:A2)", "+44 20 7946 0000", "-5% defects", "@channel", "'=already quoted", "''-twice", "'Tis plain text", "a = b"];
    let edited = doc;
    for (const text of texts) edited = applyEdit(edited, { op: "addIndicator", competencyKey: awareness, stageKey: s2 ?? "", key: `k${texts.indexOf(text)}`, text });
    const written = records(writeFrameworkCsv(edited)).map((row) => row[5]);
    expect(written).toEqual(expect.arrayContaining(["'=SUM(A1:A2)", "'+44 20 7946 0000", "'-5% defects", "'@channel", "''=already quoted", "'''-twice", "'Tis plain text", "a = b"]));
    const indicators = documentOf(writeFrameworkCsv(edited)).clusters[0]?.competencies[0]?.expectations[1]?.indicators.map((indicator) => indicator.text);
    expect(indicators).toEqual(["Coaches", ...texts]);
  });

  it("writes a header row even for an empty framework", () => {
    expect(writeFrameworkCsv({ ...doc, clusters: [] }).trim()).toBe(HEADER.split(",").map((column) => `"${column}"`).join(","));
  });
});

describe("parseFrameworkCsv: refusing bad files", () => {
  const row = (cells: Partial<Record<"cluster" | "competency" | "description" | "level" | "expectation" | "indicator", string>>) =>
    [cells.cluster ?? "Self", cells.competency ?? "Awareness", cells.description ?? "", cells.level ?? "1", cells.expectation ?? "Notices", cells.indicator ?? ""].join(",");

  it("refuses an empty file and a file with only a header", () => {
    expect(errorsOf("")).toEqual([{ row: 1, message: expect.stringContaining("empty") }]);
    expect(errorsOf("\n\n")).toEqual([{ row: 1, message: expect.stringContaining("empty") }]);
    expect(errorsOf(`${HEADER}\n\n`)).toEqual([{ row: 1, message: expect.stringContaining("no rows") }]);
  });

  it("names missing, unknown and repeated columns", () => {
    expect(errorsOf("cluster,competency,level,level_expectation,indicator,owner\nSelf,Awareness,1,Notices,,x")).toEqual([
      { row: 1, message: expect.stringContaining("Unknown column ‘owner’") },
      { row: 1, column: "competency_description", message: expect.stringContaining("is missing") },
    ]);
    expect(errorsOf(`${HEADER},cluster\n${row({})},Self`)).toEqual([{ row: 1, column: "cluster", message: "The column cluster appears more than once." }]);
    expect(errorsOf("name,email\nAnn,ann@example.com")).toEqual([{ row: 1, message: expect.stringContaining("must be the header row") }]);
    expect(errorsOf("cluster;competency;competency_description;level;level_expectation;indicator")).toEqual([{ row: 1, message: expect.stringContaining("semicolons") }]);
  });

  it("names each empty required cell", () => {
    expect(errorsOf(csv(row({ cluster: " " }), row({ competency: "" }), row({ level: "" }), row({ expectation: "" })))).toEqual([
      { row: 2, column: "cluster", message: "The cluster cell is empty." },
      { row: 3, column: "competency", message: "The competency cell is empty." },
      { row: 4, column: "level", message: "The level cell is empty." },
      { row: 5, column: "level_expectation", message: "The level_expectation cell is empty." },
    ]);
  });

  it("refuses cells that a spreadsheet would run as formulas", () => {
    const errors = errorsOf(csv(row({ cluster: "=HYPERLINK(1)" }), row({ competency: "+1" }), row({ indicator: "-2" }), row({ expectation: "@SUM(1)" }), row({ description: " =1" })));
    expect(errors.map(({ row: at, column }) => [at, column])).toEqual([
      [2, "cluster"],
      [3, "competency"],
      [4, "indicator"],
      [5, "level_expectation"],
      [6, "competency_description"],
    ]);
    expect(errors[0]?.message).toMatch(/starts with “=”, which spreadsheet programs treat as a formula/);
  });

  it("refuses a competency with two different descriptions", () => {
    expect(errorsOf(csv(row({ description: "Knows self" }), row({ level: "2", description: "Knows others" })))).toEqual([
      { row: 3, column: "competency_description", message: expect.stringContaining("‘Awareness’ has a different description on row 2") },
    ]);
  });

  it("refuses an expectation with two different texts", () => {
    expect(errorsOf(csv(row({ indicator: "Asks" }), row({ expectation: "Notices others", indicator: "Listens" })))).toEqual([
      { row: 3, column: "level_expectation", message: expect.stringContaining("different expectation on row 2") },
    ]);
  });

  it("refuses a competency that appears in two clusters", () => {
    expect(errorsOf(csv(row({}), row({ cluster: "People", level: "2" })))).toEqual([{ row: 3, column: "cluster", message: expect.stringContaining("is in cluster ‘Self’ on row 2") }]);
  });

  it("refuses levels that are not stages", () => {
    expect(errorsOf(csv(row({ level: "0" }), row({ level: "21" })))).toEqual([
      { row: 2, column: "level", message: expect.stringContaining("from 1 to 20") },
      { row: 3, column: "level", message: expect.stringContaining("from 1 to 20") },
    ]);
    expect(errorsOf(csv(row({ level: "1" }), row({ level: "Expert" })))).toEqual([{ row: 3, column: "level", message: expect.stringContaining("not both") }]);
    expect(errorsOf(csv(row({ level: "Lead" }), row({ level: "4" })), ["Expert", "Lead"])).toEqual([{ row: 3, column: "level", message: expect.stringContaining("from 1 to 2") }]);
    expect(errorsOf(csv(row({ level: "Director" })), ["Expert", "Lead"])).toEqual([{ row: 2, column: "level", message: "Unknown level ‘Director’. Use a stage number from 1 to 2, or one of: Expert, Lead." }]);
  });

  it("refuses more than 20 stage names and more than 20 indicators for one expectation", () => {
    const stages = Array.from({ length: 21 }, (_, i) => row({ level: `Stage ${String.fromCharCode(65 + i)}` }));
    expect(errorsOf(csv(...stages))).toEqual([{ row: 22, column: "level", message: expect.stringContaining("at most 20 stages") }]);
    const indicators = Array.from({ length: 21 }, (_, i) => row({ indicator: `Signal ${i}` }));
    expect(errorsOf(csv(...indicators))).toEqual([{ row: 22, column: "indicator", message: expect.stringContaining("at most 20 behavioural indicators") }]);
  });

  it("refuses cells that are too long or hold characters that cannot be stored", () => {
    expect(errorsOf(csv(row({ competency: "x".repeat(121) }), row({ indicator: "y".repeat(1001) }), row({ expectation: "bad\u0000byte" })))).toEqual([
      { row: 2, column: "competency", message: "Keep the competency name to 120 characters or fewer." },
      { row: 3, column: "indicator", message: "Keep the indicator to 1000 characters or fewer." },
      { row: 4, column: "level_expectation", message: "The level expectation contains a character that cannot be stored." },
    ]);
  });

  it("refuses a row with more cells than the header and a quote left open", () => {
    expect(errorsOf(csv(`${row({})},extra`))).toEqual([{ row: 2, message: expect.stringContaining("more cells than the header row") }]);
    expect(errorsOf(csv(row({}), `Self,Awareness,,2,"Leads,`))).toEqual(expect.arrayContaining([{ row: 3, message: expect.stringContaining("not closed") }]));
  });

  it("refuses a file that was not saved as UTF-8", () => {
    expect(errorsOf(csv(row({ competency: "Caf\uFFFD" })))).toEqual([{ row: 1, message: expect.stringContaining("UTF-8") }]);
  });

  it(`refuses more than ${FRAMEWORK_CSV_MAX_ROWS.toLocaleString("en-GB")} rows, and accepts exactly that many`, () => {
    // 500 competencies × 20 levels × 2 indicators = 20,000 rows, the most of everything at once.
    const lines = (count: number) =>
      csv(...Array.from({ length: count }, (_, i) => row({ competency: `Competency ${Math.floor(i / 40)}`, level: String((Math.floor(i / 2) % 20) + 1), indicator: `Signal ${i % 2}` })));
    expect(errorsOf(lines(FRAMEWORK_CSV_MAX_ROWS + 1))).toEqual([{ row: FRAMEWORK_CSV_MAX_ROWS + 2, message: expect.stringContaining("at most 20,000") }]);
    expect(countElements(documentOf(lines(FRAMEWORK_CSV_MAX_ROWS)))).toMatchObject({ competencies: 500, stages: 20, expectations: 10_000, indicators: 20_000 });
  });

  it("refuses more than 500 competencies", () => {
    const competencies = Array.from({ length: 501 }, (_, i) => row({ competency: `Competency ${i}` }));
    expect(errorsOf(csv(...competencies))).toEqual([{ row: 502, column: "competency", message: expect.stringContaining("at most 500 competencies") }]);
  });

  it("lists every problem in the file, in row order", () => {
    const errors = errorsOf(csv(row({ level: "" }), row({}), row({ cluster: "=1", competency: "" }), row({ expectation: "Other" })));
    expect(errors.map((error) => [error.row, error.column])).toEqual([
      [2, "level"],
      [4, "cluster"],
      [4, "competency"],
      [5, "level_expectation"],
    ]);
  });
});
