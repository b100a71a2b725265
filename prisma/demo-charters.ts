import type { CharterDocument, CharterSections, Requirement } from "@/lib/charters/document";
import { newKey, type FrameworkDocument } from "@/lib/frameworks/document";
import { expertToLeaderTemplate } from "@/lib/frameworks/starter-template";

/**
 * The demo organisation's role charters, in our own words, keyed by the job role keys of
 * demo-organisation.ts. Required competencies name a competency and a stage of the
 * "Expert to leader" starter framework; the seed turns the names into that version's keys.
 */

/**
 * The demo organisation's framework: the starter template as HR adapted it, with one
 * competency the template leaves out on purpose — the hands-on expertise experts are promoted
 * for, which people managers no longer lead with. It is what "matters less" on a leader's day one.
 */
export function demoFramework(): FrameworkDocument {
  const framework = expertToLeaderTemplate();
  const [expert, firstTime, ofLeaders, enterprise] = framework.stages.map((stage) => stage.key);
  const expectation = (stageKey: string | undefined, text: string, indicators: string[]) => ({
    stageKey: stageKey ?? "",
    notApplicable: text === "",
    text,
    developAhead: false,
    indicators: indicators.map((indicator) => ({ key: newKey(), text: indicator })),
  });
  framework.clusters[0]?.competencies.push({
    key: newKey(),
    name: "Expertise and personal delivery",
    description: "Deep knowledge of a field and excellent work done personally: what earns an expert their reputation, and what a new leader must learn to rely on less.",
    tags: ["expertise"],
    expectations: [
      expectation(expert, "Is the go-to expert in their area and delivers excellent, dependable work personally.", [
        "Others seek them out for advice in their field",
        "Their work rarely needs rework",
      ]),
      expectation(firstTime, "Keeps enough depth to judge the team's choices and stay credible, while the team does the hands-on work.", [
        "Asks the questions that expose a weak technical choice",
        "Resists taking back work that others are learning to do",
      ]),
      expectation(ofLeaders, "", []),
      expectation(enterprise, "", []),
    ],
  });
  return framework;
}

export type DemoRequirement = { competency: string; stage: string; developAhead?: true };
export type DemoCharter = CharterSections & { requirements: DemoRequirement[] };

export const DEMO_CHARTERS: Record<string, DemoCharter> = {
  sse: {
    purpose: "Designs and builds the systems a product team depends on, and raises the standard of the team's engineering through their expertise and example.",
    accountabilities: [
      "The design, quality and reliability of the systems they own",
      "Technical decisions in their part of the codebase, written down so that others can follow them",
      "Reviewing colleagues' work carefully and in good time",
      "Helping less experienced engineers learn the codebase and the craft",
    ],
    decisionRights: [
      "Decides alone: how to design and build the work they have taken on",
      "Decides with the team: shared patterns, libraries and standards",
      "Escalates: changes that affect other teams' systems, and risks to a commitment",
    ],
    keyRelationships: [
      "Engineering Manager: priorities, growth and where help is needed",
      "Product manager: shaping what is built so that it can be built well",
      "Other engineers in the team: pairing, reviews and shared knowledge",
      "Staff Engineer: the technical direction across teams",
    ],
    successMeasures: [
      "Their systems are dependable and easy for others to change",
      "Colleagues seek their advice and come away able to do more themselves",
      "Their estimates and commitments are ones the team can plan around",
    ],
    expectations: [
      "Does excellent work and explains it so that others can build on it",
      "Makes regular time to help and teach others, not only when asked",
      "Asks why a piece of work matters before starting it",
      "Asks for feedback on how they work with people, not only on their code",
    ],
    support: [
      "Time each quarter for learning, agreed with their manager",
      "A mentor from another team, on request",
      "A career conversation each quarter that covers both routes into leadership",
    ],
    individualCommitments: [
      "Keep their expertise current and share it generously",
      "Take on a small piece of work that means coordinating others, when it is offered",
      "Say in career conversations whether leadership appeals, and on which track",
    ],
    organisationCommitments: [
      "Count teaching and helping others as part of the job in reviews and promotions",
      "Show both routes into leadership: people manager and senior individual contributor",
      "Offer stretch work that lets them try leading before they take a leadership role",
    ],
    leadership:
      "Leads through expertise and example: the standard of their work, the care in their reviews and the time they give to help others learn. This is where the move into leadership starts, whichever track they later choose.",
    management:
      "Manages their own work: plans it, estimates it and keeps their commitments. They manage no one, and can learn a lot by noticing how their manager plans and runs the team's work.",
    requirements: [
      { competency: "Expertise and personal delivery", stage: "Technical expert" },
      { competency: "Self-awareness", stage: "Technical expert" },
      { competency: "Self-management", stage: "Technical expert" },
      { competency: "Where time and attention go", stage: "Technical expert", developAhead: true },
      { competency: "Understanding people", stage: "Technical expert", developAhead: true },
      { competency: "Developing people who know more than you", stage: "Technical expert" },
      { competency: "Building critical relationships", stage: "Technical expert" },
      { competency: "Feedback and courageous conversations", stage: "Technical expert" },
      { competency: "Getting results through others", stage: "Technical expert", developAhead: true },
      { competency: "Strategic perspective", stage: "Technical expert" },
      { competency: "Influence without authority", stage: "Technical expert" },
      { competency: "Leading and managing: knowing the difference", stage: "Technical expert", developAhead: true },
    ],
  },

  em: {
    purpose: "Leads a team of engineers so that it delivers work that matters and every engineer in it grows. Success is now measured by the team's results and growth, not by the manager's own code.",
    accountabilities: [
      "The growth, wellbeing and performance of each engineer in the team",
      "The team's delivery: clear goals, a plan people trust, commitments kept",
      "Hiring for the team and helping new joiners settle in",
      "A team culture where feedback is normal and ownership is clear",
      "Explaining how the team's work fits the organisation's strategy",
    ],
    decisionRights: [
      "Decides alone: how the team organises its work, and who works on what",
      "Decides with the product manager: what the team commits to, and when",
      "Decides with the Director: hiring, pay recommendations and performance outcomes",
      "Escalates: risks to other teams' plans, and anything that needs more budget or people",
    ],
    keyRelationships: [
      "Each engineer: regular one-to-ones about them, not only their tasks",
      "Product manager: a shared view of priorities and the reasons for them",
      "Director of Engineering: support, challenge and the wider picture",
      "Staff Engineer: a technical direction the team can follow",
      "Peer managers: dependencies and shared problems, settled early",
    ],
    successMeasures: [
      "Every engineer has a development plan and a career conversation each quarter",
      "The team meets most of its commitments and says early when it will not",
      "Engineers take on harder work, and some outgrow the manager's own expertise",
      "People want to stay in the team, and to join it",
    ],
    expectations: [
      "Spends most of the week on people, priorities and clearing obstacles, not on code",
      "Delegates whole outcomes and resists taking back work others are learning",
      "Deals with problems in performance within days, and with care",
      "Asks the team for feedback on their leadership and acts on it",
    ],
    support: [
      "A coach from the bench for the first six months",
      "A mentor who has made the same move from engineer to manager",
      "The induction for new leaders, with the Director signing off what the organisation owes",
      "A short course on career conversations and feedback in the first quarter",
    ],
    individualCommitments: [
      "Work through the induction plan and the mindset-shift checklist, with reflections",
      "Hold a career conversation with each engineer at least once a quarter",
      "Agree a development plan with the Director that keeps a 70/20/10 balance",
      "Hand over most hands-on technical work within the first three months",
    ],
    organisationCommitments: [
      "Name a coach and a mentor within the first month",
      "Give a clear charter, team and budget from the first day",
      "Keep the Director's time for regular one-to-ones and a review at 90 days",
      "Judge the new manager on the team's results and growth, not on their own output",
    ],
    leadership:
      "Leading here means giving the team direction and meaning: why the work matters, what good looks like, and room for each engineer to grow, including beyond the manager's own expertise. It is the conductor's job now, not the first violinist's.",
    management:
      "Managing here means the plan, the people processes and the team's resources: one-to-ones, hiring, performance reviews and a delivery plan the team trusts. An Engineering Manager does both every week, and the team suffers if either slips.",
    requirements: [
      { competency: "Self-awareness", stage: "First-time leader" },
      { competency: "Self-management", stage: "First-time leader" },
      { competency: "Where time and attention go", stage: "First-time leader" },
      { competency: "Understanding people", stage: "First-time leader" },
      { competency: "Developing people who know more than you", stage: "First-time leader" },
      { competency: "Building critical relationships", stage: "First-time leader" },
      { competency: "Feedback and courageous conversations", stage: "First-time leader" },
      { competency: "Getting results through others", stage: "First-time leader" },
      { competency: "A culture of performance and accountability", stage: "First-time leader" },
      { competency: "Strategic perspective", stage: "Leader of leaders", developAhead: true },
      { competency: "Shaping the organisation", stage: "Leader of leaders", developAhead: true },
      { competency: "Leading and managing: knowing the difference", stage: "First-time leader" },
      { competency: "Managing the work well", stage: "First-time leader" },
    ],
  },

  staff: {
    purpose: "Sets technical direction across several teams and helps them deliver it, leading through influence rather than through reports.",
    accountabilities: [
      "Technical direction for the teams they support, written down and kept current",
      "Cross-team technical decisions that are sound, explained and followed through",
      "Growing senior engineers through mentoring, pairing and design reviews",
      "Quality and reliability standards that teams agree to and keep",
    ],
    decisionRights: [
      "Decides alone: how to approach the technical problems they take on",
      "Decides with engineering managers: shared architecture and standards",
      "Recommends to the Director: large technical investments and changes of direction",
      "Escalates: technical risks that no single team owns",
    ],
    keyRelationships: [
      "Engineering managers: technical direction that fits the teams' plans and people",
      "Senior engineers: mentoring them, and learning from them",
      "Principal Engineer: the wider technical strategy",
      "Product managers: the technical options behind their choices, in terms they can use",
    ],
    successMeasures: [
      "Teams make good technical decisions without needing them in the room",
      "Cross-team changes they champion land, and still look sound a year later",
      "The senior engineers they mentor take on harder problems",
    ],
    expectations: [
      "Spends more time on direction, reviews and other people's work than on their own code",
      "Builds support for a proposal before the meeting that decides it",
      "Explains the why behind technical choices, and shares the credit",
      "Takes on the work only they can do, and hands the rest on",
    ],
    support: [
      "A mentor who is a Staff or Principal Engineer in another area",
      "A coach from the bench on influence and stakeholder work, on request",
      "A monthly community of senior individual contributors",
    ],
    individualCommitments: [
      "Work through the induction plan and the mindset-shift checklist",
      "Agree with the Director which teams and problems they lead on",
      "Keep a development plan with a 70/20/10 balance, stretch work first",
    ],
    organisationCommitments: [
      "Give the role the same standing as a management role at the same level",
      "Bring them into technical decisions early, while their influence can count",
      "Protect their cross-team time from being absorbed by one team's backlog",
    ],
    leadership:
      "Leading is almost all of this role: setting technical direction, earning the trust of teams who do not report to them, and growing the engineers who will take that direction further. Their authority comes from credibility and relationships, not position.",
    management:
      "Manages very little: no reports, budgets or performance reviews. They plan their own time across teams and help managers plan the technical work, but the managing stays with the managers.",
    requirements: [
      { competency: "Expertise and personal delivery", stage: "Technical expert" },
      { competency: "Self-awareness", stage: "First-time leader" },
      { competency: "Self-management", stage: "First-time leader" },
      { competency: "Where time and attention go", stage: "First-time leader" },
      { competency: "Understanding people", stage: "First-time leader" },
      { competency: "Developing people who know more than you", stage: "First-time leader" },
      { competency: "Building critical relationships", stage: "First-time leader" },
      { competency: "Feedback and courageous conversations", stage: "Technical expert" },
      { competency: "Getting results through others", stage: "First-time leader" },
      { competency: "A culture of performance and accountability", stage: "First-time leader" },
      { competency: "Strategic perspective", stage: "Leader of leaders", developAhead: true },
      { competency: "Influence without authority", stage: "Leader of leaders" },
      { competency: "Shaping the organisation", stage: "First-time leader" },
      { competency: "Leading and managing: knowing the difference", stage: "Technical expert" },
    ],
  },

  director: {
    purpose: "Leads several engineering teams through their managers, and shapes how engineering serves the organisation's strategy now and in two to three years.",
    accountabilities: [
      "The growth and performance of the engineering managers who report to them",
      "Delivery across their area, connected to the organisation's strategy",
      "The structure, headcount and budget of their area",
      "A pipeline of future leaders on both tracks",
    ],
    decisionRights: [
      "Decides alone: how their area is organised, and who leads each team",
      "Decides with the CTO: budget, headcount and the area's priorities for the year",
      "Decides with peer directors: shared platforms and commitments between areas",
      "Escalates: conflicts between the strategy and what the area can deliver",
    ],
    keyRelationships: [
      "Engineering managers: coaching them and holding them to outcomes, without doing their job",
      "CTO: strategy, investment and the leadership team",
      "Product and design leaders: a shared roadmap and shared trade-offs",
      "Head of People: leadership development and organisation design",
    ],
    successMeasures: [
      "Managers in the area grow, and at least one could step into the Director's role",
      "Teams plan around a few clear priorities that connect to the strategy",
      "Delivery across teams is predictable, and risks surface early",
      "Career conversations happen in every team, not only with the Director's own reports",
    ],
    expectations: [
      "Spends their time developing managers and connecting teams, not solving teams' problems",
      "Turns the strategy into a few priorities the whole area can explain",
      "Makes feedback normal between leaders, starting with feedback on themselves",
    ],
    support: [
      "An executive coach from the bench for the first year",
      "A mentor from the leadership team outside engineering",
      "A development programme for leaders of leaders",
    ],
    individualCommitments: [
      "Coach each manager through their first year as a manager",
      "Write the area's plan for the next two years and review it with the CTO every six months",
      "Ask their managers for feedback on their leadership at least twice a year",
    ],
    organisationCommitments: [
      "Involve the Director in strategy before it is settled, not after",
      "Give clear authority over the area's structure and budget",
      "Make HR's support for organisation design and leadership development easy to reach",
    ],
    leadership:
      "Leading here is about direction and leaders: making the strategy meaningful to several teams, and growing managers who lead well without the Director in the room. The Director leads leaders, not engineers.",
    management:
      "Managing here means planning, budgeting and reporting across teams, and putting people where the priorities are. Most of it happens through the managers, with processes simple enough to help rather than slow them.",
    requirements: [
      { competency: "Self-awareness", stage: "Leader of leaders" },
      { competency: "Self-management", stage: "Leader of leaders" },
      { competency: "Where time and attention go", stage: "Leader of leaders" },
      { competency: "Understanding people", stage: "Leader of leaders" },
      { competency: "Developing people who know more than you", stage: "Leader of leaders" },
      { competency: "Building critical relationships", stage: "Enterprise leader", developAhead: true },
      { competency: "Feedback and courageous conversations", stage: "Leader of leaders" },
      { competency: "Getting results through others", stage: "Leader of leaders" },
      { competency: "A culture of performance and accountability", stage: "Leader of leaders" },
      { competency: "Strategic perspective", stage: "Leader of leaders" },
      { competency: "Influence without authority", stage: "Leader of leaders" },
      { competency: "Shaping the organisation", stage: "Leader of leaders" },
      { competency: "Leading and managing: knowing the difference", stage: "Leader of leaders" },
      { competency: "Managing the work well", stage: "Leader of leaders" },
    ],
  },

  cto: {
    purpose: "Owns the technology strategy of the whole organisation and builds the engineering leadership that will deliver it.",
    accountabilities: [
      "The technology strategy, and how it serves the organisation's strategy",
      "The engineering leadership team and its succession",
      "Engineering culture: how people are led, developed and held to account",
      "Technology investment, risk and security for the whole organisation",
    ],
    decisionRights: [
      "Decides alone: the structure of engineering and who leads each area",
      "Decides with the executive team: strategy, budget and major investments",
      "Takes to the board: risks and investments that change the organisation's direction",
    ],
    keyRelationships: [
      "Executive team: a shared strategy and honest trade-offs",
      "Directors and the Principal Engineer: direction, challenge and their own development",
      "Head of People: the leadership pipeline, culture and the leadership programme",
      "Board, customers and partners: confidence in the technology direction",
    ],
    successMeasures: [
      "People across engineering can explain why their work matters and how it fits the strategy",
      "Every key engineering role has a credible successor",
      "Technology choices made today still serve the organisation in three years",
    ],
    expectations: [
      "Invests their time in direction, culture, key relationships and future leaders",
      "Shows by example what asking for and acting on feedback looks like",
      "Removes policies and processes that make leading harder than it needs to be",
    ],
    support: [
      "An executive coach of their choosing",
      "A network of peer technology leaders outside the organisation",
      "A mentor from the board",
    ],
    individualCommitments: [
      "Review the leadership pipeline with the Head of People every quarter",
      "Sponsor the leadership programme and mentor at least one future leader",
    ],
    organisationCommitments: [
      "Bring technology into strategy decisions from the start",
      "Back the leadership programme for longer than one budget year",
    ],
    leadership:
      "Leading at this level means a direction the whole organisation can explain in its own words, a culture where high performance and trust go together, and the next generation of leaders. Much of it is done by example: people watch what the CTO does more closely than what they say.",
    management:
      "Managing at this level means making sure planning, budgeting and performance processes are simple, sound and reliable across engineering. The CTO owns those systems and leaves running them to the directors.",
    requirements: [
      { competency: "Self-awareness", stage: "Enterprise leader" },
      { competency: "Self-management", stage: "Enterprise leader" },
      { competency: "Where time and attention go", stage: "Enterprise leader" },
      { competency: "Understanding people", stage: "Enterprise leader" },
      { competency: "Developing people who know more than you", stage: "Enterprise leader" },
      { competency: "Building critical relationships", stage: "Enterprise leader" },
      { competency: "Feedback and courageous conversations", stage: "Enterprise leader" },
      { competency: "Getting results through others", stage: "Enterprise leader" },
      { competency: "A culture of performance and accountability", stage: "Enterprise leader" },
      { competency: "Strategic perspective", stage: "Enterprise leader" },
      { competency: "Influence without authority", stage: "Enterprise leader" },
      { competency: "Shaping the organisation", stage: "Enterprise leader" },
      { competency: "Leading and managing: knowing the difference", stage: "Enterprise leader" },
      { competency: "Managing the work well", stage: "Enterprise leader" },
    ],
  },

  principal: {
    purpose: "Sets the technical direction for a whole area and grows the senior engineers who carry it, leading through influence rather than reports.",
    accountabilities: [
      "The technical strategy of the area, connected to the organisation's strategy",
      "The growth of the Staff and senior engineers across the area",
      "Technical standards shared across teams and areas",
      "Spotting technical risks and opportunities two to three years ahead",
    ],
    decisionRights: [
      "Decides alone: which cross-area problems they take on themselves",
      "Decides with the directors: architecture and technical standards across the area",
      "Recommends to the CTO: major technology choices and investments",
      "Escalates: technical risks the area's leaders cannot settle between them",
    ],
    keyRelationships: [
      "CTO: the technology strategy",
      "Directors of Engineering: technical direction that fits their plans and people",
      "Staff Engineers: coaching them, and a community of senior specialists",
      "Product leaders: the technical options behind the organisation's bets",
    ],
    successMeasures: [
      "The area's technical direction is written down, understood and followed",
      "Staff Engineers grow, and some come to know more than the Principal in their field",
      "Major technical decisions rest on evidence and hold up over time",
    ],
    expectations: [
      "Spends their time growing specialists and connecting teams, not solving each problem for them",
      "Brings other areas along on changes that cross the organisation",
      "Asks why, and how it fits the strategy, before any large technical investment",
    ],
    support: [
      "A coach from the bench on strategy and influence",
      "A network of principal engineers outside the organisation",
      "Time and budget to learn from, and speak at, industry events",
    ],
    individualCommitments: [
      "Mentor at least two Staff or senior engineers at any time",
      "Review the area's technical strategy with the CTO twice a year",
      "Keep a development plan that stretches them towards strategy for the whole organisation",
    ],
    organisationCommitments: [
      "Give the Principal a seat wherever technology decisions are made",
      "Recognise growing specialists as a leadership achievement, on a par with managing",
    ],
    leadership:
      "Leading is the whole of this role: a technical direction for an area that people follow because it is sound and well explained, and a community of specialists who grow beyond the Principal. Influence is earned through evidence and relationships.",
    management:
      "Manages almost nothing directly: no reports and no budget. They plan their own time across the area and help directors shape large technical programmes, leaving the running of them to the managers.",
    requirements: [
      { competency: "Expertise and personal delivery", stage: "Technical expert" },
      { competency: "Self-awareness", stage: "Leader of leaders" },
      { competency: "Self-management", stage: "Leader of leaders" },
      { competency: "Where time and attention go", stage: "Leader of leaders" },
      { competency: "Understanding people", stage: "First-time leader" },
      { competency: "Developing people who know more than you", stage: "Leader of leaders" },
      { competency: "Building critical relationships", stage: "Leader of leaders" },
      { competency: "Feedback and courageous conversations", stage: "First-time leader" },
      { competency: "Getting results through others", stage: "Leader of leaders" },
      { competency: "A culture of performance and accountability", stage: "Leader of leaders" },
      { competency: "Strategic perspective", stage: "Enterprise leader", developAhead: true },
      { competency: "Influence without authority", stage: "Leader of leaders" },
      { competency: "Shaping the organisation", stage: "Leader of leaders" },
      { competency: "Leading and managing: knowing the difference", stage: "First-time leader" },
    ],
  },

  sds: {
    purpose: "Turns data into decisions through models, experiments and analysis, and helps colleagues trust and use the results.",
    accountabilities: [
      "Sound methods: the right question, clean data and honest uncertainty",
      "Models and analyses that others can reproduce and build on",
      "Explaining results so that decision-makers can act on them",
      "Helping less experienced data scientists with method and judgement",
    ],
    decisionRights: [
      "Decides alone: methods, tools and the design of their analyses",
      "Decides with the Data Science Lead: which questions to take on first",
      "Escalates: results that contradict a planned decision, and risks in data quality",
    ],
    keyRelationships: [
      "Data Science Lead: priorities and growth",
      "Product and business owners: the questions behind the requests",
      "Data engineers: reliable data and pipelines",
      "Other data scientists: reviews, pairing and shared methods",
    ],
    successMeasures: [
      "Decisions change because of their work, and change for the better",
      "Their analyses are reproducible and reused",
      "Colleagues learn from their reviews and explanations",
    ],
    expectations: [
      "Asks which decision a piece of analysis will inform before starting it",
      "Changes their view when the evidence changes, and says so",
      "Makes regular time to review and teach others",
    ],
    support: [
      "Time each quarter for learning new methods",
      "A mentor from another data or engineering team, on request",
      "A career conversation each quarter that covers both routes into leadership",
    ],
    individualCommitments: [
      "Share methods and code so that others can reuse them",
      "Lead a small piece of work with two or three colleagues, when it is offered",
      "Ask for feedback on how they explain and collaborate, not only on their models",
    ],
    organisationCommitments: [
      "Bring data science into decisions early, while the question is still open",
      "Count reviewing and teaching as part of the job",
      "Offer stretch work that lets them try leading before they take a leadership role",
    ],
    leadership:
      "Leads through the quality of their reasoning and their example: clear, honest analysis that earns the trust of decision-makers, and generous help for colleagues.",
    management:
      "Manages their own work and their stakeholders' expectations: scope, timelines and what the data can and cannot say. They manage no one.",
    requirements: [
      { competency: "Expertise and personal delivery", stage: "Technical expert" },
      { competency: "Self-awareness", stage: "Technical expert" },
      { competency: "Self-management", stage: "Technical expert" },
      { competency: "Where time and attention go", stage: "Technical expert", developAhead: true },
      { competency: "Understanding people", stage: "Technical expert", developAhead: true },
      { competency: "Developing people who know more than you", stage: "Technical expert" },
      { competency: "Building critical relationships", stage: "Technical expert" },
      { competency: "Feedback and courageous conversations", stage: "Technical expert" },
      { competency: "Getting results through others", stage: "Technical expert", developAhead: true },
      { competency: "Strategic perspective", stage: "Technical expert" },
      { competency: "Influence without authority", stage: "Technical expert" },
      { competency: "Leading and managing: knowing the difference", stage: "Technical expert" },
    ],
  },

  dslead: {
    purpose: "Leads a team of data scientists and connects their work to the questions that matter most to the organisation.",
    accountabilities: [
      "The growth, wellbeing and performance of each data scientist in the team",
      "A portfolio of work that answers the organisation's most important questions",
      "Standards for method, review and reproducibility across the team",
      "Hiring for the team",
    ],
    decisionRights: [
      "Decides alone: who works on what, and how the team reviews its work",
      "Decides with business and product leaders: which questions the team takes on",
      "Decides with the CTO: hiring, budget and performance outcomes",
      "Escalates: requests that do not fit the agreed priorities, and ethical risks in the use of data",
    ],
    keyRelationships: [
      "Each data scientist: regular one-to-ones about them and their growth",
      "Business and product leaders: the questions behind the requests",
      "CTO: priorities, budget and the team's place in the strategy",
      "Engineering managers: data, platforms and shared delivery",
    ],
    successMeasures: [
      "Stakeholders can name decisions that the team's work changed",
      "Every data scientist has a development plan and a career conversation each quarter",
      "The team's work is sound without the Lead checking every analysis",
    ],
    expectations: [
      "Spends most of the week on people, priorities and stakeholders, not on models",
      "Says no, with reasons, to work that does not fit the priorities",
      "Deals with problems in performance early, and with care",
    ],
    support: [
      "A coach from the bench for the first six months",
      "A mentor who has led a team of specialists",
      "The induction for new leaders, with the CTO signing off what the organisation owes",
    ],
    individualCommitments: [
      "Work through the induction plan and the mindset-shift checklist",
      "Hold a career conversation with each data scientist at least once a quarter",
      "Hand the hardest modelling work to others, and support them through it",
    ],
    organisationCommitments: [
      "Name a coach and a mentor within the first month",
      "Agree the team's priorities with the Lead rather than around them",
      "Judge the Lead on the team's impact and growth, not on their own analyses",
    ],
    leadership:
      "Leading here means giving the team a clear sense of which questions matter and why, and growing data scientists who will know more than the Lead in their fields. It also means winning the trust of stakeholders who do not report to them.",
    management:
      "Managing here means the portfolio, the people processes and the team's standards: priorities, one-to-ones, hiring and reviews. The Lead does both, and neither can be left to slip.",
    requirements: [
      { competency: "Self-awareness", stage: "First-time leader" },
      { competency: "Self-management", stage: "First-time leader" },
      { competency: "Where time and attention go", stage: "First-time leader" },
      { competency: "Understanding people", stage: "First-time leader" },
      { competency: "Developing people who know more than you", stage: "First-time leader" },
      { competency: "Building critical relationships", stage: "Leader of leaders", developAhead: true },
      { competency: "Feedback and courageous conversations", stage: "First-time leader" },
      { competency: "Getting results through others", stage: "First-time leader" },
      { competency: "A culture of performance and accountability", stage: "First-time leader" },
      { competency: "Strategic perspective", stage: "First-time leader" },
      { competency: "Influence without authority", stage: "First-time leader" },
      { competency: "Shaping the organisation", stage: "Leader of leaders", developAhead: true },
      { competency: "Leading and managing: knowing the difference", stage: "First-time leader" },
      { competency: "Managing the work well", stage: "First-time leader" },
    ],
  },

  hrbp: {
    purpose: "Partners with leaders on people, structure and the leadership programme, so that people decisions are sound, fair and timely.",
    accountabilities: [
      "Sound, fair advice to leaders on people decisions, structure and performance",
      "The leadership programme in their client areas: inductions, cohorts and checklists",
      "Spotting patterns across teams and raising them early",
      "People processes that leaders find simple to follow",
    ],
    decisionRights: [
      "Decides alone: how to support a leader through a people matter",
      "Decides with the Head of People: changes to policy and to the programme",
      "Advises, and leaders decide: people decisions in their own teams",
      "Escalates: legal risk, and concerns about how a leader treats people",
    ],
    keyRelationships: [
      "Leaders in their client areas: trusted advice and honest challenge",
      "Head of People: priorities and the direction of the programme",
      "Coaches and mentors on the bench: matching and follow-up",
      "New leaders: a first point of contact during their induction",
    ],
    successMeasures: [
      "Leaders ask for their advice before decisions, not after",
      "New leaders in their areas finish their induction on time",
      "Career conversations happen in every team they support",
    ],
    expectations: [
      "Advises with evidence, and challenges leaders when the evidence calls for it",
      "Listens for how people feel as well as what they say",
      "Makes regular time to help less experienced colleagues in HR",
    ],
    support: [
      "Professional development in coaching and organisation design",
      "A mentor in the people function outside their own client areas",
      "A career conversation each quarter that covers both routes into leadership",
    ],
    individualCommitments: [
      "Keep their knowledge of employment practice current",
      "Lead one part of the leadership programme, when it is offered",
      "Ask leaders for feedback on the advice they give",
    ],
    organisationCommitments: [
      "Bring HR into people decisions early",
      "Give HR the data it needs to see patterns across teams",
      "Offer stretch work that lets them try leading before they take a leadership role",
    ],
    leadership:
      "Leads through the quality of their advice and the trust they build: leaders follow it because it is sound, fair and well explained, not because they must.",
    management:
      "Manages their own caseload and their part of the programme: plans, deadlines and accurate records. They manage no one.",
    requirements: [
      { competency: "Expertise and personal delivery", stage: "Technical expert" },
      { competency: "Self-awareness", stage: "Technical expert" },
      { competency: "Self-management", stage: "Technical expert" },
      { competency: "Where time and attention go", stage: "Technical expert", developAhead: true },
      { competency: "Understanding people", stage: "Technical expert" },
      { competency: "Developing people who know more than you", stage: "Technical expert" },
      { competency: "Building critical relationships", stage: "Technical expert" },
      { competency: "Feedback and courageous conversations", stage: "Technical expert" },
      { competency: "Getting results through others", stage: "Technical expert", developAhead: true },
      { competency: "Strategic perspective", stage: "Technical expert" },
      { competency: "Influence without authority", stage: "First-time leader" },
      { competency: "Shaping the organisation", stage: "First-time leader" },
      { competency: "Leading and managing: knowing the difference", stage: "Technical expert", developAhead: true },
    ],
  },

  headpeople: {
    purpose: "Leads the people function and the leadership development programme, so that the organisation grows the leaders it needs now and next.",
    accountabilities: [
      "The people strategy, and how it serves the organisation's strategy",
      "The leadership programme: frameworks, charters, inductions, coaching and mentoring",
      "The growth and performance of the HR team",
      "People policies and processes that enable leadership rather than block it",
    ],
    decisionRights: [
      "Decides alone: how the people function is organised, and the design of the programme",
      "Decides with the executive team: the people budget, reward and major changes to the organisation",
      "Decides with the CTO and directors: leadership succession and development priorities",
      "Escalates: legal and reputational risks in people matters",
    ],
    keyRelationships: [
      "HR Business Partners: coaching them and holding them to outcomes",
      "CTO and the executive team: the people side of every strategic decision",
      "Coaches and mentors on the bench: quality, matching and recognition",
      "Managers across the organisation: career conversations and feedback done well",
    ],
    successMeasures: [
      "Every new leader has a charter, an induction and a coach or mentor in their first month",
      "Career conversations happen in every team, every quarter",
      "More leadership roles on both tracks are filled from within",
      "Leaders find HR's policies helpful rather than obstructive",
    ],
    expectations: [
      "Spends their time on direction, HR's own leaders and key relationships, not on casework",
      "Models the coaching, mentoring and feedback the programme asks of others",
      "Uses the programme's data to decide where to invest, and says plainly what it shows",
    ],
    support: [
      "An executive coach from the bench",
      "A network of people leaders outside the organisation",
      "The CTO as sponsor of the leadership programme",
    ],
    individualCommitments: [
      "Review the leadership pipeline with the CTO and directors every quarter",
      "Ask the HR Business Partners for feedback on their leadership twice a year",
      "Keep a development plan that stretches them towards shaping the culture of the whole organisation",
    ],
    organisationCommitments: [
      "Bring the people function into strategy from the start",
      "Fund the leadership programme for longer than one budget year",
      "Give HR the authority to change policies that get in the way of leading",
    ],
    leadership:
      "Leading here means making the growth of leaders a strength of the whole organisation: a clear direction for the programme, a culture where feedback and career conversations are normal, and an HR team that partners with leaders rather than polices them.",
    management:
      "Managing here means the people function's plan, budget and processes, and programme data people can rely on. The Head of People keeps these sound and simple, and leaves the daily running to the HR team.",
    requirements: [
      { competency: "Self-awareness", stage: "Leader of leaders" },
      { competency: "Self-management", stage: "Leader of leaders" },
      { competency: "Where time and attention go", stage: "Leader of leaders" },
      { competency: "Understanding people", stage: "Leader of leaders" },
      { competency: "Developing people who know more than you", stage: "Enterprise leader" },
      { competency: "Building critical relationships", stage: "Leader of leaders" },
      { competency: "Feedback and courageous conversations", stage: "Leader of leaders" },
      { competency: "Getting results through others", stage: "Leader of leaders" },
      { competency: "A culture of performance and accountability", stage: "Enterprise leader", developAhead: true },
      { competency: "Strategic perspective", stage: "Leader of leaders" },
      { competency: "Influence without authority", stage: "Leader of leaders" },
      { competency: "Shaping the organisation", stage: "Leader of leaders" },
      { competency: "Leading and managing: knowing the difference", stage: "Leader of leaders" },
      { competency: "Managing the work well", stage: "Leader of leaders" },
    ],
  },
};

/**
 * The charter of a demo role with its requirements turned into the framework's keys. Throws,
 * naming the role and the name, when a competency or stage is not in the framework or the
 * framework does not call for the competency at that stage.
 */
export function resolveDemoCharter(roleKey: string, framework: FrameworkDocument): CharterDocument {
  const charter = DEMO_CHARTERS[roleKey];
  if (!charter) throw new Error(`The demo role "${roleKey}" has no charter in prisma/demo-charters.ts.`);
  const competencies = new Map(framework.clusters.flatMap((cluster) => cluster.competencies).map((competency) => [competency.name, competency]));
  const stages = new Map(framework.stages.map((stage) => [stage.name, stage]));
  const where = `The demo charter for "${roleKey}" requires`;

  const requirements: Requirement[] = charter.requirements.map(({ competency: competencyName, stage: stageName, developAhead }) => {
    const competency = competencies.get(competencyName);
    if (!competency) throw new Error(`${where} "${competencyName}", which the framework "${framework.name}" does not have.`);
    const stage = stages.get(stageName);
    if (!stage) throw new Error(`${where} the stage "${stageName}", which the framework "${framework.name}" does not have.`);
    const expectation = competency.expectations.find((item) => item.stageKey === stage.key);
    if (!expectation || expectation.notApplicable) {
      throw new Error(`${where} "${competencyName}" at "${stageName}", where the framework "${framework.name}" does not call for it.`);
    }
    return { competencyKey: competency.key, stageKey: stage.key, developAhead: developAhead === true };
  });
  const keys = new Set(requirements.map((requirement) => requirement.competencyKey));
  if (keys.size !== requirements.length) throw new Error(`${where} a competency more than once.`);

  return { ...charter, requirements };
}
