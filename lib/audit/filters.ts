import { z } from "zod";
import { isDateOnly, type DateOnly } from "@/lib/inductions/dates";
import { OBJECT_TYPE_KEYS, type ObjectType } from "./objects";

/**
 * The audit log's filters, read from the page's query string (a GET form, so a filtered log is a
 * link HR can share) and from the export's. Bad values are reported field by field, never ignored:
 * a log quietly showing more than was asked for would mislead.
 */

export const INVOLVING = { either: "Did it, or it was about them", by: "Did it", about: "It was about them" } as const;
export type Involving = keyof typeof INVOLVING;

/** A position in the log, newest first: the time and id of the row to continue from. */
export type Cursor = { direction: "before" | "after"; createdAt: Date; id: string };

export type AuditFilter = {
  person?: string;
  involving: Involving;
  type?: ObjectType;
  object?: string;
  from?: DateOnly;
  to?: DateOnly;
  cursor?: Cursor;
};

export const FILTER_FIELDS = ["person", "involving", "type", "object", "from", "to"] as const;
type FilterField = (typeof FILTER_FIELDS)[number];

/** What the form shows back: the text of each field as it was sent. */
export type FilterValues = Partial<Record<FilterField, string>>;

/** Messages by field; "page" is a paging link the log did not make. */
export type FilterErrors = Partial<Record<FilterField | "page", string[]>>;

export type ParsedFilter = { ok: true; filter: AuditFilter; values: FilterValues } | { ok: false; fieldErrors: FilterErrors; values: FilterValues };

const CURSOR_PATTERN = /^(\d{1,15})_([A-Za-z0-9_-]{1,64})$/;
const OBJECT_ID = "An object id has only letters, digits, hyphens and underscores, at most 64: copy it from the object's page";
const STALE_LINK = "This page link is not one the log made. Start again from the newest entries.";

const day = (label: string) =>
  z
    .string()
    .trim()
    .refine(isDateOnly, `Enter the ${label} date as a calendar day, for example 2026-11-23`)
    .optional();

const cursor = z.string().regex(CURSOR_PATTERN, STALE_LINK).optional();

const schema = z
  .object({
    person: z
      .string()
      .trim()
      .max(200, "Keep the person to 200 characters or fewer: a name or an email address")
      .regex(/^[^\p{Cc}]*$/u, "The person contains a character that cannot be searched for")
      .optional(),
    involving: z.enum(Object.keys(INVOLVING) as [Involving, ...Involving[]], "Choose how the person took part from the list").default("either"),
    type: z.enum(OBJECT_TYPE_KEYS, "Choose an object type from the list").optional(),
    object: z.string().trim().max(64, OBJECT_ID).regex(/^[A-Za-z0-9_-]+$/, OBJECT_ID).optional(),
    from: day("from"),
    to: day("to"),
    before: cursor,
    after: cursor,
  })
  .superRefine((value, context) => {
    if (value.from && value.to && value.from > value.to) context.addIssue({ code: "custom", path: ["to"], message: "The to date must be on or after the from date" });
    if (value.before && value.after) context.addIssue({ code: "custom", path: ["page"], message: STALE_LINK });
  });

type SearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

/** The first value of a key, or undefined when it is missing or blank. */
function read(params: SearchParams, key: string): string | undefined {
  const value = params instanceof URLSearchParams ? (params.get(key) ?? undefined) : params[key];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first.trim() === "" ? undefined : first;
}

function toCursor(text: string, direction: Cursor["direction"]): Cursor {
  const [, time, id] = CURSOR_PATTERN.exec(text) ?? [];
  return { direction, createdAt: new Date(Number(time)), id: id ?? "" };
}

export function cursorOf(row: { createdAt: Date; id: string }): string {
  return `${row.createdAt.getTime()}_${row.id}`;
}

export function parseAuditFilter(params: SearchParams): ParsedFilter {
  const raw = Object.fromEntries([...FILTER_FIELDS, "before", "after"].map((key) => [key, read(params, key)]));
  const values: FilterValues = Object.fromEntries(FILTER_FIELDS.flatMap((key) => (raw[key] === undefined ? [] : [[key, raw[key]]])));
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: FilterErrors = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] === "before" || issue.path[0] === "after" ? "page" : (issue.path[0] as FilterField);
      (fieldErrors[field] ??= []).push(issue.message);
    }
    return { ok: false, fieldErrors, values };
  }
  const { before, after, ...filter } = parsed.data;
  const cursor = before ? toCursor(before, "before") : after ? toCursor(after, "after") : undefined;
  return { ok: true, filter: cursor ? { ...filter, cursor } : filter, values };
}

/** The filter as a query string (no cursor), in a fixed order, plus `extra` (a page's cursor). */
export function filterQuery(filter: AuditFilter, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const key of FILTER_FIELDS) {
    const value = filter[key];
    if (value === undefined || (key === "involving" && (value === "either" || !filter.person))) continue;
    params.set(key, value);
  }
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return params.toString();
}
