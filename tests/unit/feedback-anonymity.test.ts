import { describe, expect, it } from "vitest";
import { ANONYMITY_THRESHOLD, feedbackView, tallyResponses, type ResponseInput } from "@/lib/feedback/anonymity";
import { respondentErrors } from "@/lib/feedback/permissions";
import { parseAnswers, parseCompetencies } from "@/lib/feedback/schemas";

const COMPETENCIES = [
  { key: "listening", name: "Listening" },
  { key: "delegating", name: "Delegating" },
];

let clock = Date.UTC(2026, 2, 1);
const nextMoment = () => new Date((clock += 3_600_000));

/** A colleague who answered (both competencies, or only those given), declined, or has not answered yet. */
function answered(name: string, texts: Record<string, string>): ResponseInput {
  return {
    respondent: { id: `id-${name}`, name },
    answers: Object.entries(texts).map(([competencyKey, text]) => ({ competencyKey, text })),
    answeredAt: nextMoment(),
    declinedAt: null,
  };
}
const declined = (name: string): ResponseInput => ({ respondent: { id: `id-${name}`, name }, answers: [], answeredAt: null, declinedAt: nextMoment() });
const waiting = (name: string): ResponseInput => ({ respondent: { id: `id-${name}`, name }, answers: [], answeredAt: null, declinedAt: null });

const anonymous = { anonymous: true, competencies: COMPETENCIES };
const named = { anonymous: false, competencies: COMPETENCIES };

/** Everything that would name a respondent: their names and ids. */
const identities = (responses: ResponseInput[]) => responses.flatMap((response) => [response.respondent.name, response.respondent.id]);

describe("anonymous requests", () => {
  it("keeps a threshold of three", () => {
    expect(ANONYMITY_THRESHOLD).toBe(3);
  });

  it("shows nothing with two answers, and nothing that names anyone", () => {
    const responses = [answered("Ada", { listening: "Listens well" }), answered("Bo", { listening: "Interrupts" }), waiting("Cy")];
    const view = feedbackView(anonymous, responses);
    expect(view).toMatchObject({ anonymous: true, shown: false, reachable: true, competencies: [], tally: { asked: 3, answered: 2, declined: 0, waiting: 1 } });
    const text = JSON.stringify(view);
    for (const secret of [...identities(responses), "Listens well", "Interrupts"]) expect(text).not.toContain(secret);
  });

  it("does not count declines towards the threshold", () => {
    const responses = [answered("Ada", { listening: "A" }), answered("Bo", { listening: "B" }), declined("Cy"), declined("Di")];
    const view = feedbackView(anonymous, responses);
    expect(view).toMatchObject({ shown: false, reachable: false, competencies: [], tally: { answered: 2, declined: 2, waiting: 0 } });
  });

  it("shows the answers from three on, grouped by competency, without names, sorted by text rather than by arrival", () => {
    const responses = [
      answered("Ada", { listening: "Zealous about one-to-ones", delegating: "Hands work over early" }),
      answered("Bo", { listening: "Asks before advising" }),
      answered("Cy", { listening: "Makes room in meetings", delegating: "" }),
      waiting("Di"),
    ];
    const view = feedbackView(anonymous, responses);
    expect(view).toEqual({
      anonymous: true,
      shown: true,
      reachable: true,
      tally: { asked: 4, answered: 3, declined: 0, waiting: 1 },
      competencies: [
        { key: "listening", name: "Listening", texts: ["Asks before advising", "Makes room in meetings", "Zealous about one-to-ones"] },
        { key: "delegating", name: "Delegating", texts: ["Hands work over early"] },
      ],
    });
    const text = JSON.stringify(view);
    for (const secret of identities(responses)) expect(text).not.toContain(secret);
  });

  it("gives the same view whatever order the answers arrived in", () => {
    const responses = [answered("Ada", { listening: "c" }), answered("Bo", { listening: "a" }), answered("Cy", { listening: "b" })];
    expect(feedbackView(anonymous, [...responses].reverse())).toEqual(feedbackView(anonymous, responses));
  });
});

describe("named requests", () => {
  it("shows each answer with its author's name, in the order they arrived, and who has not answered", () => {
    const responses = [waiting("Cy"), answered("Bo", { listening: "First" }), declined("Di"), answered("Ada", { listening: "Second", delegating: "Only one" })];
    const view = feedbackView(named, responses);
    if (view.anonymous) throw new Error("expected a named view");
    expect(view.tally).toEqual({ asked: 4, answered: 2, declined: 1, waiting: 1 });
    expect(view.people.map((person) => [person.name, person.status])).toEqual([
      ["Cy", "waiting"],
      ["Bo", "answered"],
      ["Di", "declined"],
      ["Ada", "answered"],
    ]);
    expect(view.competencies.map((competency) => competency.answers.map((answer) => [answer.name, answer.text]))).toEqual([
      [
        ["Bo", "First"],
        ["Ada", "Second"],
      ],
      [["Ada", "Only one"]],
    ]);
  });

  it("shows a single answer at once", () => {
    const view = feedbackView(named, [answered("Ada", { listening: "Alone" }), waiting("Bo")]);
    expect(view.anonymous).toBe(false);
    expect(JSON.stringify(view)).toContain("Alone");
  });
});

describe("tallyResponses", () => {
  it("counts answered, declined and waiting", () => {
    expect(tallyResponses([])).toEqual({ asked: 0, answered: 0, declined: 0, waiting: 0 });
    expect(tallyResponses([answered("A", {}), declined("B"), waiting("C"), waiting("D")])).toEqual({ asked: 4, answered: 1, declined: 1, waiting: 2 });
  });
});

describe("respondentErrors", () => {
  it("needs one to ten distinct colleagues, never the leader", () => {
    expect(respondentErrors("me", { respondentIds: [] }, 10)).toEqual({ respondentIds: ["Choose at least one colleague to ask"] });
    expect(respondentErrors("me", { respondentIds: [], otherRespondentId: "x" }, 10)).toEqual({});
    expect(respondentErrors("me", { respondentIds: ["a", "me"] }, 10)).toHaveProperty("respondentIds");
    expect(respondentErrors("me", { respondentIds: ["a"], otherRespondentId: "me" }, 10)).toEqual({ otherRespondentId: ["You cannot ask yourself: choose colleagues"] });
    const ten = Array.from({ length: 10 }, (_, index) => `p${index}`);
    expect(respondentErrors("me", { respondentIds: ten, otherRespondentId: "p0" }, 10)).toEqual({});
    expect(respondentErrors("me", { respondentIds: ten, otherRespondentId: "p10" }, 10)).toEqual({ respondentIds: ["Ask at most 10 colleagues at a time"] });
  });
});

describe("stored JSON", () => {
  it("reads what the commands write and refuses anything else", () => {
    expect(parseCompetencies(COMPETENCIES)).toEqual(COMPETENCIES);
    expect(parseAnswers(null)).toEqual([]);
    expect(parseAnswers([{ competencyKey: "listening", text: "Good" }])).toEqual([{ competencyKey: "listening", text: "Good" }]);
    expect(() => parseCompetencies([])).toThrow();
    expect(() => parseCompetencies([{ key: "has space", name: "X" }])).toThrow();
    expect(() => parseAnswers([{ competencyKey: "listening" }])).toThrow();
  });
});
