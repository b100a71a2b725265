/**
 * The built-in mindset-shift library: one section for each of the three shifts from expert to
 * leader and each of the three leaps. HR adds a section to an induction template, which turns
 * every practice into an item to do and every prompt into a reflection to write.
 * Keys are stable: templates and tests refer to them.
 */

export type MindsetSectionContent = {
  title: string;
  summary: string;
  practices: readonly string[];
  prompts: readonly string[];
};

export type MindsetGroup = "shift" | "leap";

export type BuiltInMindsetSection = MindsetSectionContent & { key: string; group: MindsetGroup };

export const MINDSET_GROUP_LABELS: Record<MindsetGroup, string> = {
  shift: "Mindset shifts",
  leap: "Leaps",
};

export const MINDSET_LIBRARY: readonly BuiltInMindsetSection[] = [
  {
    key: "understanding-people",
    group: "shift",
    title: "From understanding the job to understanding people",
    summary:
      "As an expert you earned trust by knowing the work better than anyone. As a leader the work gets done through people, so what you most need to understand now is them: what drives each person, what gets in their way and how they like to work.",
    practices: [
      "In your first month, hold a one-to-one with each person in your team and ask what they enjoy, what frustrates them and what they want to be doing in two years.",
      "Keep a short private note for each person (strengths, motivations, what they have asked of you) and reread it before every one-to-one.",
      "In your next three team meetings, speak last: let everyone give their view before you give yours.",
      "When someone brings you a problem, ask two questions about how it affects them before you suggest a fix.",
      "Each week, notice one change in someone's mood or energy and check in with them privately about it.",
    ],
    prompts: [
      "Which person in your team do you understand least, and what would you need to learn to work well with them?",
      "Think of a recent disagreement. What did the other person care about that you missed at the time?",
      "Where are you still solving the technical problem when the real problem is a human one?",
    ],
  },
  {
    key: "developing-people",
    group: "shift",
    title: "Developing people who know more than you",
    summary:
      "Your team will soon know more than you about parts of the work, and that is a sign you are doing the job well. Your value moves from having the answers to growing people who find better ones.",
    practices: [
      "Hand over one piece of work you would normally keep because you are the best at it, and agree with the person what good looks like.",
      "When someone asks for an answer, ask what they would do first, and add your view only after hearing theirs.",
      "Agree one development goal with each person and review it together every month.",
      "Ask a team member to teach you something in an area where they know more than you.",
      "Give specific feedback at least once a week: what the person did, the effect it had, and what to keep or change.",
      "When you report work upwards, name the team member who led it rather than presenting it as your own.",
    ],
    prompts: [
      "What work are you holding on to because you enjoy it or do it fastest, rather than because it needs you?",
      "How did it feel the last time someone in your team knew more than you, and what did you do with that feeling?",
      "Who in your team is ready for a stretch, and what is stopping you from giving it to them?",
      "What would your team lose, and what would it gain, if you were away for two weeks?",
    ],
  },
  {
    key: "bigger-picture",
    group: "shift",
    title: "The longer-term, bigger picture",
    summary:
      "Experts are rewarded for finishing the task in front of them. Leaders must also look up and ahead: where the work is heading over the next year, what it depends on, and which of today's urgent tasks really matter.",
    practices: [
      "Block an hour a week to think about the next six to twelve months, and protect it as you would a meeting.",
      "Write down the three outcomes your team must deliver this year and check every new request against them.",
      "Meet a peer from another team each month to learn what they are working on and where your work meets theirs.",
      "Each week, name one task you will stop, delay or hand over so that you have time for longer-term work.",
      "Explain to your team how their current work connects to the organisation's goals for the year.",
    ],
    prompts: [
      "Looking back on last week, how much of your time went on work that will still matter in six months?",
      "What is likely to change in your area over the next year, and what should your team start doing now to be ready?",
      "Which short-term win did you choose recently at the cost of something longer-term? Would you choose it again?",
    ],
  },
  {
    key: "credibility",
    group: "leap",
    title: "From expertise to credibility: emotional intelligence",
    summary:
      "Technical expertise got you here, but people follow leaders they trust. Credibility now comes from knowing yourself, reading others well and looking after the relationships your success depends on.",
    practices: [
      "After each difficult conversation, note what you felt, how it showed and what you would do differently next time.",
      "Ask two colleagues how you come across under pressure, and listen without explaining or defending yourself.",
      "List the five relationships that matter most to your role's success and plan one step this month to strengthen each.",
      "Before an important meeting, think through how each person in the room is likely to feel about the topic.",
      "When you notice yourself reacting strongly, pause and ask a question before you state your view.",
    ],
    prompts: [
      "Which situations reliably bring out the worst in you, and what early signs could warn you?",
      "Whose trust do you most need in this role, and what have you done to earn it lately?",
      "When did you last change your mind because of how someone felt rather than what they argued?",
    ],
  },
  {
    key: "organisational-capacity",
    group: "leap",
    title: "From personal competence to organisational capacity: results through others",
    summary:
      "The first violinist plays beautifully; the conductor gets the whole orchestra playing well without touching an instrument. Your results are now your team's results, and your job is to build a team that performs and holds itself to account.",
    practices: [
      "Agree clear expectations with each person: what they own, how success is measured and when you will review it together.",
      "Review progress with the team at a steady rhythm and let each owner report on their own work.",
      "When work goes wrong, resist fixing it yourself: help its owner put it right and learn from it.",
      "Name the behaviours your team values and recognise them in front of others when you see them.",
      "Raise a missed commitment promptly and privately, keeping to what happened and what happens next.",
      "Track how much of your week you spend doing the work yourself, and aim to bring it down month by month.",
    ],
    prompts: [
      "Are you still playing first violin? Where did you step in last week when you should have been conducting?",
      "If this month's results had depended only on your personal effort, how would it have gone?",
      "Where is accountability unclear in your team, and what conversation would make it clear?",
    ],
  },
  {
    key: "strategic-perspective",
    group: "leap",
    title: "From aligning the organisation to strategic perspective",
    summary:
      "Leaders keep asking \u201cwhy are we doing this, and how does it fit the strategy?\u201d and can answer it for their team. Strategic perspective means linking daily work to where the organisation is going, and helping to shape that direction.",
    practices: [
      "Read your organisation's strategy and write a few sentences on how your team contributes to it.",
      "For each major piece of work, write one line on why it matters and which strategic goal it serves.",
      "Ask your manager what worries them most about the year ahead, and how your team could help.",
      "Question one piece of work that no longer fits the strategy, and propose what to do instead.",
      "After senior meetings, share with your team what you learned about the organisation's direction.",
    ],
    prompts: [
      "Which of your team's current projects would you struggle to justify against the strategy?",
      "If you had two minutes to explain the organisation's strategy to a new joiner, what would you say?",
      "What decision would you make differently if you thought about the next three years rather than the next three months?",
    ],
  },
];

export function findBuiltInSection(key: string): BuiltInMindsetSection | undefined {
  return MINDSET_LIBRARY.find((section) => section.key === key);
}
