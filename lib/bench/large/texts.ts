/** Short texts the large organisation's records are written with, in our own words; each record picks from these. */

export const REFLECTIONS = [
  "I still reach for the keyboard when a problem gets interesting. This week I counted four times; twice I handed it back.",
  "The team is quieter in meetings when I speak first. I am going to try asking for views before giving mine.",
  "My calendar is mostly other people's meetings. I have blocked two mornings for one-to-ones and planning.",
  "Saying no to a request from another team felt awkward, but it kept the sprint intact and nobody minded as much as I feared.",
  "I used to be measured by what I shipped. I do not yet know how to tell whether I had a good week.",
  "Feedback I gave on Tuesday landed badly because I waited too long. Next time within a day, and in person.",
];

export const EVIDENCE = [
  "Notes from the first round of one-to-ones are in the team's shared folder.",
  "Agreed and written up in the team's working agreement.",
  "Done in the planning session on Monday; the plan is on the team board.",
];

export const WAIVED_REASONS = ["Covered by the previous role's induction.", "Not relevant for a team of this size.", "Done informally before the start date."];

export const CONVERSATION = {
  aspirations: [
    "Wants to lead a small team within a year, and to keep a hand in the technical work while learning how.",
    "Happy as a specialist for now; wants broader influence across teams rather than line management.",
    "Interested in leading leaders one day; wants to understand budgets and planning first.",
    "Not sure yet. Wants to try leading a piece of work before deciding either way.",
    "Wants to become the person other teams come to for advice, and to mentor newer colleagues.",
  ],
  strengths: [
    "Calm in incidents; explains trade-offs clearly to people outside the team.",
    "Deep knowledge of the systems the team owns, and generous with it.",
    "Organised and dependable: the person who makes sure things actually happen.",
    "Good at bringing quieter colleagues into discussions.",
    "Spots the risk in a plan before anyone else does.",
  ],
  energisers: [
    "Solving hard problems with others; drained by long status meetings.",
    "Seeing someone they helped succeed on their own.",
    "Clear goals and room to choose how to reach them.",
    "Working with customers directly; less energised by internal process work.",
  ],
  developmentAreas: [
    "Delegating the interesting work, not only the dull parts.",
    "Giving difficult feedback early instead of hoping it resolves itself.",
    "Saying no to requests that belong to another team.",
    "Thinking a year ahead rather than a sprint ahead.",
    "Speaking up in larger forums.",
  ],
  nextRoles: ["Team lead", "Lead specialist", "Manager of managers", "Principal specialist", "Stay in role for now", "Team lead, or lead specialist"],
  support: [
    "A mentor who made the same move, and a chance to lead a small project.",
    "Time on the first-time leaders course this year.",
    "Regular feedback from their manager on how they come across in meetings.",
    "Exposure to planning and budgeting conversations.",
  ],
  shared: [
    "We agreed to revisit this next quarter with a real example from each of us.",
    "Good conversation. Both tracks are open; no pressure to choose yet.",
    "Agreed on a stretch piece of work for the next two months and how we will review it.",
    "We talked about what the next role would ask that this one does not.",
  ],
  privateNotes: [
    "Seems tired; keep an eye on workload before the quarter end.",
    "Ready sooner than they think. Look for a team lead opening in the spring.",
    "Some friction with a peer; worth a gentle question next time.",
    "Keen on the IC track but may be avoiding people work out of nerves.",
  ],
  actions: [
    "Lead the next planning session",
    "Shadow a team lead for a day",
    "Write up the service's architecture for newcomers",
    "Book a place on the first-time leaders course",
    "Introduce them to a mentor in another team",
    "Ask three colleagues for feedback on how they run meetings",
    "Take over the on-call rota planning",
    "Present the team's work at the monthly review",
  ],
  preparations: [
    "I would like to talk about whether the lead role is realistic for me this year.",
    "Things I want to cover: the project I am leading, and what I found hard about it.",
    "I have been thinking about the IC track and would like to hear what it involves.",
  ],
  noteAccessReasons: ["Preparing a succession discussion requested by the division head.", "Reviewing a concern raised through the people team."],
};

export const PLAN = {
  goals: [
    "Let the team solve what I used to solve myself",
    "Spend my week on people, not on my own tasks",
    "Raise problems early, and kindly",
    "Know how I come across",
    "Think further ahead than the next sprint",
    "Build relationships beyond my own team",
    "Lead change the team did not choose",
  ],
  actions: {
    EXPERIENCE: [
      "Hand a piece of work I would normally do to someone in the team",
      "Lead the quarterly planning from start to finish",
      "Run the team retrospective and act on one outcome",
      "Take on a cross-team project as its lead",
      "Cover for my manager in their leadership meeting",
    ],
    PEOPLE: [
      "Monthly mentoring with a leader who made the same move",
      "Ask my team for feedback and share what I will change",
      "Fortnightly coaching sessions",
      "Shadow a senior leader for a day",
    ],
    FORMAL: ["First-time leaders course", "Two-day course: feedback that lands", "Read a book on managing former peers and discuss it with my coach", "Online course on planning and budgets"],
  },
};

export const COACHING = {
  about: [
    "Moved from specialist to team lead five years ago; happy to talk through the awkward first months.",
    "Leads leaders now; most interested in helping people find their own style.",
    "Has mentored a dozen first-time leaders; direct, practical and confidential.",
  ],
  goals: [
    "Grow confidence in leading former peers.",
    "Learn to delegate without losing sight of quality.",
    "Prepare for a first leadership role within the year.",
    "Find a sustainable rhythm in a bigger role.",
  ],
  notes: [
    "Talked through a difficult one-to-one; agreed an approach to try next week.",
    "Reviewed the team's plan and where the leader is still doing the work themselves.",
    "Worked on how to say no to a senior stakeholder.",
    "Short session: mostly about energy and workload.",
  ],
};

export const FEEDBACK = {
  messages: [
    "I am a few months into leading the team and would value your honest view.",
    "Please be frank; I am working on these this quarter.",
    "A few lines on each is plenty. Thank you.",
  ],
  answers: [
    "Clearer than a few months ago; you leave more room for others to speak.",
    "Sometimes jumps to the answer before the team has had a go.",
    "Very approachable, and follows up on what was agreed.",
    "Could say earlier when priorities change.",
  ],
};
