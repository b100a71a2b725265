import { addDays, type DateOnly } from "@/lib/inductions/dates";

/** How far `timeZone`'s clocks are ahead of UTC at `instant`, in milliseconds. */
function offsetAt(timeZone: string, instant: number): number {
  const name = new Intl.DateTimeFormat("en-GB", { timeZone, timeZoneName: "longOffset" }).formatToParts(instant).find((part) => part.type === "timeZoneName")?.value;
  const [, sign, hours, minutes] = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name ?? "") ?? [];
  if (!sign) return 0; // "GMT": no offset
  return (sign === "-" ? -1 : 1) * (Number(hours) * 60 + Number(minutes)) * 60_000;
}

/** The instant a calendar day begins in `timeZone` (the second guess settles days when the clocks change). */
export function startOfDayIn(day: DateOnly, timeZone: string): Date {
  const midnightUtc = Date.parse(`${day}T00:00:00Z`);
  const guess = midnightUtc - offsetAt(timeZone, midnightUtc);
  return new Date(midnightUtc - offsetAt(timeZone, guess));
}

/** The instants from the start of `from` up to (not including) the end of `to`, both days as the organisation's calendar reads. */
export function instantRange(timeZone: string, from?: DateOnly, to?: DateOnly): { gte?: Date; lt?: Date } {
  return {
    ...(from ? { gte: startOfDayIn(from, timeZone) } : {}),
    ...(to ? { lt: startOfDayIn(addDays(to, 1), timeZone) } : {}),
  };
}
