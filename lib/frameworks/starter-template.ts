import { defaultProficiencyScale, newKey, type FrameworkDocument } from "./document";

/**
 * The built-in "Expert to leader" framework, which HR copies and adapts. It follows the
 * three mindset shifts and the three leaps in the product brief, across four career stages,
 * for people managers and for senior specialists who lead through influence.
 * Each call returns a fresh copy with new keys.
 */

/** One cell of the template: what is expected at a stage, or "n/a" when the stage does not call for it. */
type Cell = "n/a" | { text: string; ahead?: true; indicators: [string, ...string[]] };
type TemplateCompetency = { name: string; description: string; tags: string[]; stages: [Cell, Cell, Cell, Cell] };

const STAGES = [
  {
    name: "Technical expert",
    description: "Valued for deep knowledge and their own delivery. Leads through the quality of their work and their example, and starts preparing to lead others.",
  },
  {
    name: "First-time leader",
    description: "Leads a team, or a significant piece of work through influence, for the first time. Success now comes from other people's results rather than their own output.",
  },
  {
    name: "Leader of leaders",
    description: "Leads other leaders or a community of senior specialists. Builds the capability of a whole area and connects it to the rest of the organisation.",
  },
  {
    name: "Enterprise leader",
    description: "Shapes the direction of the organisation as a whole: its strategy, its culture and its next generation of leaders.",
  },
];

const CLUSTERS: { name: string; description: string; competencies: TemplateCompetency[] }[] = [
  {
    name: "Leading self",
    description: "Knowing yourself and managing how you show up: the emotional intelligence that, added to expertise, earns a leader credibility.",
    competencies: [
      {
        name: "Self-awareness",
        description: "Understands their own strengths, limits and triggers, and the effect they have on other people.",
        tags: ["emotional intelligence"],
        stages: [
          { text: "Knows their technical strengths and gaps, and asks for feedback on how they work with others, not only on their work.", indicators: ["Asks colleagues for feedback on their working style as well as their technical work", "Can name the situations that bring out their best and their worst"] },
          { text: "Understands that their behaviour now sets the mood and pace of a team, and adjusts it.", indicators: ["Asks the team, not only their manager, for feedback and acts on it", "Notices when their own stress is spilling over onto others and corrects course", "Talks openly about what they are still learning in the new role"] },
          { text: "Knows how their style lands across several teams and layers, and builds a leadership team that complements it.", indicators: ["Builds a leadership team whose strengths cover their own blind spots", "Uses structured feedback, such as a 360 review, and shares what they will change"] },
          { text: "Understands the weight their words and example carry across the organisation, and uses it deliberately.", indicators: ["Checks how a message will be heard several layers away before sending it", "Shows, at the top of the organisation, what asking for and acting on feedback looks like"] },
        ],
      },
      {
        name: "Self-management",
        description: "Stays composed and constructive under pressure, and keeps their energy for what matters most.",
        tags: ["emotional intelligence", "resilience"],
        stages: [
          { text: "Handles setbacks in their own work calmly and recovers quickly.", indicators: ["Stays constructive when their design or idea is challenged", "Raises problems early instead of absorbing them quietly"] },
          { text: "Stays steady when the team is under pressure, so that others can think clearly.", indicators: ["Responds to bad news with questions rather than blame", "Keeps their commitments to the team on difficult days too"] },
          { text: "Holds steady through ambiguity and conflict between teams, and helps other leaders to do the same.", indicators: ["Stays calm and fair when the leaders who report to them disagree", "Notices strain in their leaders and makes room for recovery"] },
          { text: "Carries organisation-wide pressure without passing it down, and sets a pace people can sustain.", indicators: ["Stays composed in a crisis and explains what will happen next", "Sets deadlines and targets that allow sustainable ways of working"] },
        ],
      },
      {
        name: "Where time and attention go",
        description: "Moves time and attention away from doing the work personally and towards the work that only they can do in their role.",
        tags: ["mindset shift"],
        stages: [
          { text: "Makes regular time to help and teach others, before any leadership role asks for it.", ahead: true, indicators: ["Sets aside regular time to help colleagues", "Hands routine technical work to others when doing it will help them grow"] },
          { text: "Lets go of most hands-on technical work and spends their time on people, priorities and clearing the way.", indicators: ["Spends more time with the team than on their own technical tasks", "Resists taking back work that someone else is learning to do", "Checks their diary regularly against the team's priorities"] },
          { text: "Spends their time developing leaders and connecting teams rather than solving problems for them.", indicators: ["Declines to be the person who resolves every escalation", "Protects time for coaching their leaders and for work across teams"] },
          { text: "Invests their time in direction, culture, key relationships and the leaders of the future.", indicators: ["Spends a visible share of their time on strategy and relationships outside the organisation", "Makes time to know the organisation's future leaders personally"] },
        ],
      },
    ],
  },
  {
    name: "Leading people",
    description: "From understanding the job to understanding people: reading others, building the relationships that matter, and growing people who will know more than you.",
    competencies: [
      {
        name: "Understanding people",
        description: "Reads what motivates people, how they feel and what they need, and adapts how they lead each person.",
        tags: ["emotional intelligence", "social intelligence", "mindset shift"],
        stages: [
          { text: "Listens well and notices how colleagues are feeling as well as what they are saying.", ahead: true, indicators: ["Asks for a colleague's view before giving their own", "Notices when someone is struggling and checks in with them"] },
          { text: "Knows each member of the team as a person: their motivations, strengths and ambitions.", indicators: ["Holds regular one-to-ones about the person, not only the tasks", "Adapts their approach to each person rather than treating everyone the same", "Can describe what motivates each member of the team"] },
          { text: "Understands how people work together across several teams, and helps their leaders to read their own teams.", indicators: ["Spots tension between teams before it becomes conflict", "Coaches their leaders to understand and adapt to their people"] },
          { text: "Understands what people across the organisation need and feel, and lets that shape decisions.", indicators: ["Seeks views from every level, not only from senior leaders", "Weighs the effect on people explicitly in major decisions"] },
        ],
      },
      {
        name: "Developing people who know more than you",
        description: "Grows other people's capability, including people whose expertise will go beyond their own, instead of being the expert with every answer.",
        tags: ["mindset shift", "coaching"],
        stages: [
          { text: "Shares knowledge generously and helps others learn, rather than being the only one who knows.", indicators: ["Writes down and explains their expertise so that others can use it", "Mentors less experienced colleagues"] },
          { text: "Coaches and delegates so that team members can grow beyond them, and is comfortable not having every answer.", indicators: ["Asks questions that help people find their own answers", "Gives stretching work with support rather than keeping the hard parts", "Holds regular career conversations with each team member"] },
          { text: "Grows leaders and deep specialists, and makes learning from each other normal across their area.", indicators: ["Has successors in mind for key roles, including their own", "Promotes and celebrates people whose expertise goes beyond their own"] },
          { text: "Makes developing people a strength of the organisation: a coaching, mentoring and feedback culture that grows future leaders.", indicators: ["Sponsors coaching and mentoring and takes part in both", "Reviews the leadership pipeline regularly with HR"] },
        ],
      },
      {
        name: "Building critical relationships",
        description: "Builds trust with the people whose support their work depends on, inside and outside their own area.",
        tags: ["social intelligence"],
        stages: [
          { text: "Works well with colleagues and is trusted for dependable expert advice.", indicators: ["Is sought out by other teams for advice", "Keeps their promises to colleagues"] },
          { text: "Knows which relationships the team depends on (peers, partners, customers) and invests in them.", indicators: ["Can name the people whose support the team relies on", "Builds relationships with peer leaders before they are needed"] },
          { text: "Builds alliances across the organisation and represents their area with credibility.", indicators: ["Settles disagreements with peer leaders directly and constructively", "Is trusted by other areas to keep shared commitments"] },
          { text: "Builds relationships with the board, partners and the wider community that advance the organisation's aims.", indicators: ["Keeps up relationships with key people outside the organisation", "Brings together leaders who would not otherwise work together"] },
        ],
      },
      {
        name: "Feedback and courageous conversations",
        description: "Gives and receives honest feedback, and holds difficult conversations with care and without delay.",
        tags: ["social intelligence", "feedback"],
        stages: [
          { text: "Gives colleagues honest, specific feedback on their work and takes feedback openly.", indicators: ["Gives feedback that is specific and kind", "Thanks people for feedback, even when it is hard to hear"] },
          { text: "Gives timely feedback, recognises good work and deals with poor performance early.", indicators: ["Raises problems within days rather than saving them for a review", "Recognises good work specifically, and in public where that suits the person", "Prepares for difficult conversations and follows them up"] },
          { text: "Makes feedback normal across their area, and coaches their leaders through difficult conversations.", indicators: ["Coaches their leaders before and after difficult conversations", "Asks their leaders for feedback on their own leadership"] },
          { text: "Builds an organisation where candour is safe and expected, starting with how they respond to challenge.", indicators: ["Responds to public challenge without defensiveness", "Acts visibly on what feedback from across the organisation tells them"] },
        ],
      },
    ],
  },
  {
    name: "Leading the work",
    description: "From personal competence to organisational capacity: results come through other people, and the first violinist becomes the conductor.",
    competencies: [
      {
        name: "Getting results through others",
        description: "Achieves results by organising, enabling and trusting other people rather than by doing the work personally.",
        tags: ["delegation"],
        stages: [
          { text: "Delivers excellent work personally and leads small pieces of work that involve others.", ahead: true, indicators: ["Coordinates a small piece of work with two or three colleagues", "Agrees the outcome with others rather than dictating how to do the work"] },
          { text: "Delivers through the team: sets clear goals, delegates meaningful work and removes obstacles.", indicators: ["Agrees clear, measurable goals with each team member", "Delegates whole outcomes, not only tasks", "Clears the obstacles that slow the team down"] },
          { text: "Delivers through other leaders: sets direction and priorities across teams and holds leaders to outcomes.", indicators: ["Sets priorities that several teams can plan around", "Holds leaders to account for outcomes without taking over"] },
          { text: "Builds the structures, systems and leadership that let the whole organisation deliver.", indicators: ["Organises around the most important outcomes", "Removes policies and processes that get in the way of delivery"] },
        ],
      },
      {
        name: "A culture of performance and accountability",
        description: "Aligns people around high standards and clear ownership, so that everyone knows what good looks like and owns their part.",
        tags: ["accountability", "culture"],
        stages: [
          "n/a",
          { text: "Sets clear standards, makes ownership visible and follows through on commitments.", indicators: ["Makes clear who owns each piece of work", "Reviews progress against goals openly with the team", "Follows through when commitments are missed"] },
          { text: "Sets shared standards across teams and aligns leaders on what high performance means.", indicators: ["Agrees shared measures of success with their leaders", "Deals with underperformance by leaders fairly and promptly"] },
          { text: "Shapes a culture across the organisation in which high performance and accountability go together with trust.", indicators: ["Connects goals at every level to the strategy", "Rewards the behaviours the organisation says it values"] },
        ],
      },
    ],
  },
  {
    name: "Leading the organisation",
    description: "From aligning the organisation to strategic perspective: asking, and answering, why are we doing this and how does it fit the strategy?",
    competencies: [
      {
        name: "Strategic perspective",
        description: "Looks beyond short-term delivery to the bigger picture: asks why work matters and how it fits where the organisation is going.",
        tags: ["mindset shift", "strategy"],
        stages: [
          { text: "Understands how their own work supports the team's goals, and asks why when that is unclear.", indicators: ["Can explain how their work contributes to the team's goals", "Asks why a piece of work matters before starting it"] },
          { text: "Understands the organisation's strategy and explains to the team how their work fits it.", ahead: true, indicators: ["Explains the why behind priorities, not only the what", "Questions work that does not fit the strategy", "Looks at least a year ahead when planning the team's work"] },
          { text: "Turns strategy into direction for several teams and makes trade-offs for the longer term.", ahead: true, indicators: ["Writes a plan for their area that connects clearly to the strategy", "Stops work that does not serve the longer-term direction"] },
          { text: "Shapes the organisation's strategy and makes sure everyone can say why we are doing this and how it fits.", indicators: ["Sets a strategy that people across the organisation can explain in their own words", "Anticipates changes in the market, technology and society, and prepares the organisation for them"] },
        ],
      },
      {
        name: "Influence without authority",
        description: "Leads through influence as well as position, winning support for ideas across boundaries: the core skill of senior specialists who lead without reports.",
        tags: ["influence", "social intelligence"],
        stages: [
          { text: "Persuades colleagues with clear reasoning and evidence.", indicators: ["Makes the case for a technical choice in terms others understand", "Changes their view when the evidence changes"] },
          { text: "Wins support for the team's work from peers and stakeholders who do not report to them.", indicators: ["Builds support for a proposal before the meeting that decides it", "Adapts the message to each audience"] },
          { text: "Shapes decisions beyond their own area and builds coalitions for change.", indicators: ["Brings other areas along on changes that cross the organisation", "Influences decisions they do not own through evidence and relationships"] },
          { text: "Influences the direction of the organisation and of its industry.", indicators: ["Represents the organisation credibly in its industry", "Builds the coalitions that major changes need"] },
        ],
      },
      {
        name: "Shaping the organisation",
        description: "Designs how the organisation is structured and how its leaders are grown, so that it can meet future needs.",
        tags: ["organisation design", "talent"],
        stages: [
          "n/a",
          { text: "Takes part in hiring and suggests improvements to how the team is organised.", indicators: ["Takes part in hiring decisions for the team", "Suggests improvements to how the team is organised"] },
          { text: "Designs the structure of their area and plans the capabilities it will need.", ahead: true, indicators: ["Plans the skills their area will need in two to three years", "Designs teams around outcomes rather than around individuals"] },
          { text: "Designs the organisation and its leadership pipeline for the future, and makes sure policies and processes enable leadership rather than block it.", indicators: ["Reviews the organisation's design against the strategy", "Changes policies that make leading harder than it needs to be"] },
        ],
      },
    ],
  },
  {
    name: "Leadership and management",
    description: "Not the same thing: management keeps the work running well; leadership sets direction and brings people along. Every role needs both, in different proportions.",
    competencies: [
      {
        name: "Leading and managing: knowing the difference",
        description: "Understands how leading (direction, meaning, change) differs from managing (planning, organising, control), and uses each when the situation calls for it.",
        tags: ["leadership vs management"],
        stages: [
          { text: "Recognises the difference between leading and managing, and leads through expertise and example.", ahead: true, indicators: ["Can describe in their own words how leading differs from managing", "Leads by example on technical standards"] },
          { text: "Manages the team's work well and also leads it, giving direction and meaning as well as tasks.", indicators: ["Explains the purpose behind the work as well as the plan", "Can say which parts of their role are leadership and which are management"] },
          { text: "Grows managers who run things well and leaders who inspire, and knows which their area needs most now.", indicators: ["Develops their leaders' management and leadership skills as separate things", "Balances change and stability according to what the area needs"] },
          { text: "Leads change across the organisation while keeping it well managed.", indicators: ["Makes a compelling case for change", "Makes sure change is backed by sound plans and resources"] },
        ],
      },
      {
        name: "Managing the work well",
        description: "Plans, organises and keeps control of the work: the priorities, resources, budgets and processes that make delivery dependable.",
        tags: ["management"],
        stages: [
          "n/a",
          { text: "Plans the team's work, manages its resources and keeps delivery predictable.", indicators: ["Keeps a visible plan that the team trusts", "Manages the team's budget and resources responsibly"] },
          { text: "Runs planning, budgeting and reporting across several teams.", indicators: ["Allocates people and budget across teams according to priorities", "Spots delivery risks across teams early"] },
          { text: "Makes sure the organisation's management systems (planning, budgeting, performance) are simple, sound and support leadership.", indicators: ["Simplifies processes that slow people down", "Makes sure management information is reliable and used"] },
        ],
      },
    ],
  },
];

export const EXPERT_TO_LEADER_NAME = "Expert to leader";

export function expertToLeaderTemplate(): FrameworkDocument {
  const stages = STAGES.map((stage) => ({ key: newKey(), ...stage }));
  return {
    name: EXPERT_TO_LEADER_NAME,
    description:
      "A starting point for turning technical experts into leaders, as people managers or as senior specialists who lead through influence. It follows three shifts: from the job to people, from knowing everything to developing people who know more than you, and from short-term delivery to the bigger picture. Copy it and adapt it to your organisation.",
    scale: defaultProficiencyScale(),
    stages,
    clusters: CLUSTERS.map((cluster) => ({
      key: newKey(),
      name: cluster.name,
      description: cluster.description,
      competencies: cluster.competencies.map((competency) => ({
        key: newKey(),
        name: competency.name,
        description: competency.description,
        tags: [...competency.tags],
        expectations: competency.stages.map((cell, i) => ({
          stageKey: stages[i]?.key ?? "",
          notApplicable: cell === "n/a",
          text: cell === "n/a" ? "" : cell.text,
          developAhead: cell !== "n/a" && cell.ahead === true,
          indicators: cell === "n/a" ? [] : cell.indicators.map((text) => ({ key: newKey(), text })),
        })),
      })),
    })),
  };
}
