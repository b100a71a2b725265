import { describe, expect, it } from "vitest";
import { cursorOf, filterQuery, parseAuditFilter } from "@/lib/audit/filters";
import { isOfType, OBJECT_KINDS, OBJECT_TYPES } from "@/lib/audit/objects";
import { instantRange, startOfDayIn } from "@/lib/audit/period";

describe("the audit log's filter", () => {
  it("reads a full filter and writes it back as the same query", () => {
    const query = "person=lena%40demo.test&involving=about&type=frameworks&object=ckabc123&from=2026-11-01&to=2026-11-23";
    const parsed = parseAuditFilter(new URLSearchParams(`${query}&before=1763856000000_ckxyz`));
    expect(parsed).toMatchObject({
      ok: true,
      filter: { person: "lena@demo.test", involving: "about", type: "frameworks", object: "ckabc123", from: "2026-11-01", to: "2026-11-23", cursor: { direction: "before", id: "ckxyz" } },
    });
    if (parsed.ok) expect(filterQuery(parsed.filter)).toBe(query);
  });

  it("treats blank fields as unset, and leaves out how a person took part when there is no person", () => {
    const parsed = parseAuditFilter({ person: "  ", involving: "by", type: "", from: "" });
    expect(parsed).toEqual({ ok: true, filter: { involving: "by" }, values: { involving: "by" } });
    if (parsed.ok) expect(filterQuery(parsed.filter)).toBe("");
  });

  it("takes the first of repeated values", () => {
    expect(parseAuditFilter({ type: ["charters", "plans"] })).toMatchObject({ ok: true, filter: { type: "charters" } });
  });

  it.each([
    [{ from: "2026-02-30" }, "from", "Enter the from date as a calendar day, for example 2026-11-23"],
    [{ to: "23/11/2026" }, "to", "Enter the to date as a calendar day, for example 2026-11-23"],
    [{ from: "2026-11-23", to: "2026-11-01" }, "to", "The to date must be on or after the from date"],
    [{ type: "everything" }, "type", "Choose an object type from the list"],
    [{ involving: "maybe" }, "involving", "Choose how the person took part from the list"],
    [{ object: "a b" }, "object", "An object id has only letters, digits, hyphens and underscores, at most 64: copy it from the object's page"],
    [{ object: "x".repeat(65) }, "object", "An object id has only letters, digits, hyphens and underscores, at most 64: copy it from the object's page"],
    [{ person: "x".repeat(201) }, "person", "Keep the person to 200 characters or fewer: a name or an email address"],
    [{ person: "a\u0000b" }, "person", "The person contains a character that cannot be searched for"],
    [{ before: "yesterday" }, "page", "This page link is not one the log made. Start again from the newest entries."],
    [{ before: "1_a", after: "2_b" }, "page", "This page link is not one the log made. Start again from the newest entries."],
  ])("refuses %j with a message on %s", (params, field, message) => {
    const parsed = parseAuditFilter(params);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.fieldErrors).toEqual({ [field]: [message] });
  });

  it("keeps what was typed, to show it back in the form", () => {
    expect(parseAuditFilter({ from: "2026-02-30", person: "Lena" }).values).toEqual({ from: "2026-02-30", person: "Lena" });
  });

  it("round-trips a cursor", () => {
    const row = { createdAt: new Date("2026-11-23T07:00:00.123Z"), id: "ckrow1" };
    expect(parseAuditFilter({ after: cursorOf(row) })).toMatchObject({ ok: true, filter: { cursor: { direction: "after", ...row } } });
  });
});

describe("object types", () => {
  it("file every kind of object under exactly one type, and private-note readings apart from other conversation events", () => {
    for (const entityType of Object.keys(OBJECT_KINDS).filter((type) => type !== "Organisation")) {
      const types = Object.keys(OBJECT_TYPES).filter((type) => isOfType(type as keyof typeof OBJECT_TYPES, { entityType, action: "x.changed" }));
      expect(types, entityType).toHaveLength(1);
    }
    const reading = { entityType: "Conversation", action: "conversation.private-note.opened" };
    expect(isOfType("private-notes", reading)).toBe(true);
    expect(isOfType("conversations", reading)).toBe(false);
    expect(isOfType("people", { entityType: "Organisation", action: "people.exported" })).toBe(true);
    expect(isOfType("inductions", { entityType: "Organisation", action: "inductions.imported" })).toBe(true);
  });
});

describe("days on an organisation's clock", () => {
  it.each([
    ["2026-11-23", "Europe/London", "2026-11-23T00:00:00.000Z"],
    ["2026-07-01", "Europe/London", "2026-06-30T23:00:00.000Z"],
    // The clocks go forward at 01:00 UTC on 29 March 2026: that day still starts on GMT, the next on BST.
    ["2026-03-29", "Europe/London", "2026-03-29T00:00:00.000Z"],
    ["2026-03-30", "Europe/London", "2026-03-29T23:00:00.000Z"],
    ["2026-03-08", "America/New_York", "2026-03-08T05:00:00.000Z"],
    ["2026-03-09", "America/New_York", "2026-03-09T04:00:00.000Z"],
    ["2026-11-23", "Asia/Kolkata", "2026-11-22T18:30:00.000Z"],
    ["2026-11-23", "UTC", "2026-11-23T00:00:00.000Z"],
    // Samoa skipped 30 December 2011 altogether: the 31st began when the 29th ended.
    ["2011-12-31", "Pacific/Apia", "2011-12-30T10:00:00.000Z"],
  ])("%s begins in %s at %s", (day, timeZone, instant) => {
    expect(startOfDayIn(day, timeZone).toISOString()).toBe(instant);
  });

  it("runs from the start of the first day to the start of the day after the last", () => {
    expect(instantRange("Europe/London", "2026-03-29", "2026-03-29")).toEqual({ gte: new Date("2026-03-29T00:00:00Z"), lt: new Date("2026-03-29T23:00:00Z") });
    expect(instantRange("UTC")).toEqual({});
  });
});
