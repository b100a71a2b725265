import { describe, expect, it } from "vitest";
import { exclusionReason, firstName, rankSupporters, type BenchMember, type LeaderGap, type MatchLeader } from "@/lib/coaching/matching";
import { formatRate, lastRunningDay, sessionsPerMonth } from "@/lib/coaching/dates";

const FW = "fw-1";

const gap = (competencyKey: string, size: number, frameworkId = FW): LeaderGap => ({ frameworkId, competencyKey, competencyName: `Name ${competencyKey}`, gap: size });

function member(personId: string, data: Partial<BenchMember> & { keys?: string[] } = {}): BenchMember {
  return {
    personId,
    name: data.name ?? `Person ${personId}`,
    offers: data.offers ?? ["COACHING", "MENTORING"],
    capacity: data.capacity ?? 3,
    activeCount: data.activeCount ?? 0,
    strengths: data.strengths ?? (data.keys ?? []).map((key) => ({ frameworkId: FW, competencyKey: key, competencyName: `Name ${key}` })),
  };
}

const LENA: MatchLeader = { id: "lena", name: "Lena Park", managerId: "mark", activeSupport: [] };

const rank = (bench: BenchMember[], gaps: LeaderGap[] | null = [gap("a", 2), gap("b", 1), gap("c", 2)], leader = LENA, kind: "COACHING" | "MENTORING" = "MENTORING") =>
  rankSupporters({ leader, kind, gaps, bench });

const order = (result: ReturnType<typeof rank>) => result.suggestions.map((suggestion) => suggestion.personId);

describe("rankSupporters: the score", () => {
  it("ranks by the sum of the gaps their strengths cover", () => {
    const result = rank([member("one", { keys: ["b"] }), member("all", { keys: ["a", "b", "c"] }), member("two", { keys: ["a", "c"] })]);
    expect(order(result)).toEqual(["all", "two", "one"]);
    expect(result.suggestions.map((suggestion) => suggestion.score)).toEqual([5, 4, 1]);
    expect(result.totalGap).toBe(5);
  });

  it("counts only gaps above zero: meeting or beating an expectation is no gap to cover", () => {
    const result = rank([member("strong-where-fine", { keys: ["ok", "ahead"] }), member("partial", { keys: ["a"] })], [gap("a", 1), gap("ok", 0), gap("ahead", -1)]);
    expect(order(result)).toEqual(["partial", "strong-where-fine"]);
    expect(result.suggestions[1]?.score).toBe(0);
    expect(result.gaps.map((item) => item.competencyKey)).toEqual(["a"]);
  });

  it("matches a strength by framework and key, not by name", () => {
    const sameName = member("other-framework", { strengths: [{ frameworkId: "fw-2", competencyKey: "a", competencyName: "Name a" }] });
    const result = rank([sameName, member("same", { keys: ["a"] })]);
    expect(order(result)).toEqual(["same", "other-framework"]);
    expect(result.suggestions[1]?.covered).toEqual([]);
  });

  it("lists the covered gaps largest first, and explains the partial coverage and the places free", () => {
    const result = rank([member("colin", { name: "Colin Ashby", keys: ["b", "a"], capacity: 3, activeCount: 2 })]);
    const [colin] = result.suggestions;
    expect(colin?.covered.map((item) => item.competencyKey)).toEqual(["a", "b"]);
    expect(colin?.explanation).toBe("Strong in Name a (gap 2) and Name b (gap 1) — covers 3 of the 5 points Lena is below expectation; 1 of 3 places free.");
  });

  it("says when one person covers the whole gap, and when they cover none of it", () => {
    const result = rank([member("all", { keys: ["a", "b", "c"], capacity: 1 }), member("none", { keys: ["z"], capacity: 2, activeCount: 1 })]);
    expect(result.suggestions[0]?.explanation).toBe("Strong in Name a (gap 2), Name c (gap 2) and Name b (gap 1) — covers all 5 points Lena is below expectation; 1 of 1 place free.");
    expect(result.suggestions[1]?.explanation).toBe("None of their strengths is a competency where Lena is below expectation; 1 of 2 places free.");
    const single = rank([member("one", { keys: ["a"] })], [gap("a", 1)]);
    expect(single.suggestions[0]?.explanation).toContain("covers the one point Lena is below expectation");
  });
});

describe("rankSupporters: ties", () => {
  it("breaks a tie on score by places free, then by name, then by id", () => {
    const bench = [
      member("z-busy", { name: "Ann Able", keys: ["a"], capacity: 3, activeCount: 2 }),
      member("free", { name: "Zed Zulu", keys: ["a"], capacity: 4, activeCount: 0 }),
      member("b-name", { name: "bea Brown", keys: ["a"], capacity: 2, activeCount: 1 }),
      member("a-name", { name: "Ann Able", keys: ["a"], capacity: 2, activeCount: 1 }),
    ];
    expect(order(rank(bench))).toEqual(["free", "a-name", "z-busy", "b-name"]);
  });

  it("gives the same order whatever order the bench arrives in", () => {
    const bench = [member("p", { keys: ["a"] }), member("q", { keys: ["a"] }), member("r", { keys: ["c", "b"] }), member("s", { keys: [] })];
    const expected = order(rank(bench));
    expect(order(rank([...bench].reverse()))).toEqual(expected);
    expect(order(rank([bench[2], bench[0], bench[3], bench[1]].filter((item): item is BenchMember => Boolean(item))))).toEqual(expected);
  });
});

describe("rankSupporters: who is left out", () => {
  it("leaves out the leader, their manager, anyone at capacity and anyone already giving that support, each with one reason", () => {
    const leader: MatchLeader = { ...LENA, activeSupport: [{ supporterId: "already", kind: "MENTORING" }] };
    const bench = [
      member("lena", { name: "Lena Park", keys: ["a"] }),
      member("mark", { name: "Mark Osei", keys: ["a"] }),
      member("full", { name: "Fay Full", keys: ["a"], capacity: 2, activeCount: 2 }),
      member("over", { name: "Otto Over", keys: ["a"], capacity: 1, activeCount: 3 }),
      member("zero", { name: "Zoe Zero", keys: ["a"], capacity: 0 }),
      member("already", { name: "Al Ready", keys: ["a"] }),
      member("ok", { name: "Olu Okay" }),
    ];
    const result = rank(bench, undefined, leader);
    expect(order(result)).toEqual(["ok"]);
    expect(Object.fromEntries(result.excluded.map((item) => [item.personId, item.reason]))).toEqual({
      lena: "Lena Park is the person being matched.",
      mark: "Mark Osei is Lena's manager.",
      full: "Fay Full is at capacity: 2 people supported, with room for 2.",
      over: "Otto Over is at capacity: 3 people supported, with room for 1.",
      zero: "Zoe Zero is taking nobody on at the moment (capacity 0).",
      already: "Al Ready already mentors Lena.",
    });
  });

  it("gives the manager as the reason even when they are at capacity too", () => {
    expect(exclusionReason(member("mark", { name: "Mark Osei", capacity: 1, activeCount: 1 }), LENA, "COACHING")).toBe("Mark Osei is Lena's manager.");
  });

  it("lets someone who mentors the leader be their coach too, but not their mentor twice", () => {
    const leader: MatchLeader = { ...LENA, activeSupport: [{ supporterId: "colin", kind: "MENTORING" }] };
    const colin = member("colin", { name: "Colin Ashby" });
    expect(exclusionReason(colin, leader, "COACHING")).toBeNull();
    expect(exclusionReason(colin, leader, "MENTORING")).toBe("Colin Ashby already mentors Lena.");
  });

  it("considers only people who offer the kind asked for, and does not list the others as left out", () => {
    const bench = [member("coach-only", { offers: ["COACHING"], keys: ["a"] }), member("mentor-only", { offers: ["MENTORING"] })];
    const mentoring = rank(bench, undefined, LENA, "MENTORING");
    expect(order(mentoring)).toEqual(["mentor-only"]);
    expect(mentoring.excluded).toEqual([]);
    expect(order(rank(bench, undefined, LENA, "COACHING"))).toEqual(["coach-only"]);
  });

  it("lists the people left out by name", () => {
    const result = rank([member("b", { name: "Bo Full", capacity: 0 }), member("a", { name: "Al Full", capacity: 0 })]);
    expect(result.excluded.map((item) => item.name)).toEqual(["Al Full", "Bo Full"]);
  });
});

describe("rankSupporters: a leader without an assessment", () => {
  it("says so and ranks by places free, then name", () => {
    const bench = [member("busy", { name: "Ann", keys: ["a"], capacity: 3, activeCount: 2 }), member("free", { name: "Zed", capacity: 3, activeCount: 0 }), member("tie", { name: "Bob", capacity: 5, activeCount: 2 })];
    const result = rank(bench, null);
    expect(result.assessed).toBe(false);
    expect(result.totalGap).toBe(0);
    // Bob and Zed both have three places free: Bob comes first by name.
    expect(order(result)).toEqual(["tie", "free", "busy"]);
    expect(result.suggestions[0]?.explanation).toBe("Lena has not been assessed yet, so this ranks by places free: 3 of 5 places free.");
  });

  it("says when an assessed leader meets every expectation", () => {
    const result = rank([member("one", { keys: ["a"] })], [gap("a", 0), gap("b", -1)]);
    expect(result.assessed).toBe(true);
    expect(result.suggestions[0]?.explanation).toBe("Lena meets every expectation assessed so far, so this ranks by places free: 3 of 3 places free.");
  });
});

describe("firstName", () => {
  it("is the first word of the name", () => {
    expect(firstName("  Lena   Park ")).toBe("Lena");
    expect(firstName("Cher")).toBe("Cher");
  });
});

describe("sessions per month", () => {
  it("divides the sessions by the months run, counting a first month as one", () => {
    expect(sessionsPerMonth(2, "2026-01-01", "2026-01-05")).toBe(2);
    expect(sessionsPerMonth(6, "2026-01-01", "2026-07-02")).toBe(1);
    expect(sessionsPerMonth(4, "2026-01-01", "2026-03-02")).toBe(2);
    expect(sessionsPerMonth(0, "2026-01-01", "2026-06-01")).toBe(0);
  });

  it("is null before the start", () => {
    expect(sessionsPerMonth(0, "2026-02-01", "2026-01-31")).toBeNull();
    expect(formatRate(null)).toBe("Not started");
    expect(formatRate(1.5)).toBe("1.5 a month");
  });

  it("counts up to today, the end date, or the day it was ended early, whichever is first", () => {
    expect(lastRunningDay("2026-05-01", "2026-06-30", null)).toBe("2026-05-01");
    expect(lastRunningDay("2026-08-01", "2026-06-30", null)).toBe("2026-06-30");
    expect(lastRunningDay("2026-08-01", "2026-06-30", "2026-04-10")).toBe("2026-04-10");
  });
});
