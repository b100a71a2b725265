import type { AppRole, CareerStage, RoleTrack } from "@/lib/db/generated/enums";

/** The demo organisation: invented people and roles, described in our own words. */

export const DEMO_PASSWORD = "leadership-demo";
export const DEMO_ORGANISATION = { name: "Halcyon Labs (demo)", slug: "demo" };

type DemoRole = { key: string; title: string; track: RoleTrack; careerStage: CareerStage; follows?: string; description: string };

export const DEMO_ROLES: DemoRole[] = [
  { key: "sse", title: "Senior Software Engineer", track: "TECHNICAL_EXPERT", careerStage: "EXPERT", description: "Designs and builds the systems a product team depends on, and is the go-to expert for a part of the codebase." },
  { key: "em", title: "Engineering Manager", track: "PEOPLE_LEADER", careerStage: "FIRST_TIME_LEADER", follows: "sse", description: "Leads a team of engineers: their growth, their focus and how they work together." },
  { key: "staff", title: "Staff Engineer", track: "IC_LEADER", careerStage: "FIRST_TIME_LEADER", follows: "sse", description: "Leads through influence across teams: sets technical direction without managing people." },
  { key: "director", title: "Director of Engineering", track: "PEOPLE_LEADER", careerStage: "LEADER_OF_LEADERS", follows: "em", description: "Leads several teams through their managers and shapes how engineering serves the strategy." },
  { key: "cto", title: "Chief Technology Officer", track: "PEOPLE_LEADER", careerStage: "ENTERPRISE_LEADER", follows: "director", description: "Owns the technology strategy of the whole organisation." },
  { key: "principal", title: "Principal Engineer", track: "IC_LEADER", careerStage: "LEADER_OF_LEADERS", follows: "staff", description: "Sets technical direction for a whole area and grows the senior engineers in it." },
  { key: "sds", title: "Senior Data Scientist", track: "TECHNICAL_EXPERT", careerStage: "EXPERT", description: "Turns data into decisions through models, experiments and analysis." },
  { key: "dslead", title: "Data Science Lead", track: "PEOPLE_LEADER", careerStage: "FIRST_TIME_LEADER", follows: "sds", description: "Leads a team of data scientists and connects their work to the organisation's questions." },
  { key: "hrbp", title: "HR Business Partner", track: "TECHNICAL_EXPERT", careerStage: "EXPERT", description: "Partners with leaders on people, structure and the leadership programme." },
  { key: "headpeople", title: "Head of People", track: "PEOPLE_LEADER", careerStage: "LEADER_OF_LEADERS", follows: "hrbp", description: "Leads the people function and the leadership development programme." },
];

type DemoPerson = { key: string; name: string; email: string; role: string; manager?: string; roles: AppRole[] };

/** Listed managers first, so each person's manager exists before them. */
export const DEMO_PEOPLE: DemoPerson[] = [
  { key: "priya", name: "Priya Natarajan", email: "priya.natarajan@demo.test", role: "cto", roles: ["MANAGER", "COACH"] },
  { key: "grace", name: "Grace Liu", email: "grace.liu@demo.test", role: "headpeople", roles: ["HR_ADMIN", "MANAGER", "COACH"] },
  { key: "hr", name: "Hana Reid", email: "hr@demo.test", role: "hrbp", manager: "grace", roles: ["HR_ADMIN"] },
  { key: "manager", name: "Mark Osei", email: "manager@demo.test", role: "director", manager: "priya", roles: ["MANAGER"] },
  { key: "leader", name: "Lena Park", email: "leader@demo.test", role: "em", manager: "manager", roles: ["LEADER"] },
  { key: "coach", name: "Colin Ashby", email: "coach@demo.test", role: "principal", manager: "priya", roles: ["COACH"] },
  { key: "samuel", name: "Samuel Adeyemi", email: "samuel.adeyemi@demo.test", role: "staff", manager: "manager", roles: ["LEADER"] },
  { key: "ruth", name: "Ruth Morgan", email: "ruth.morgan@demo.test", role: "sse", manager: "manager", roles: [] },
  { key: "tom", name: "Tom Becker", email: "tom.becker@demo.test", role: "sse", manager: "leader", roles: [] },
  { key: "aisha", name: "Aisha Khan", email: "aisha.khan@demo.test", role: "sse", manager: "leader", roles: [] },
  { key: "ben", name: "Ben Carter", email: "ben.carter@demo.test", role: "sse", manager: "leader", roles: [] },
  { key: "daniel", name: "Daniel Kim", email: "daniel.kim@demo.test", role: "dslead", manager: "priya", roles: ["LEADER", "MANAGER"] },
  { key: "fatima", name: "Fatima Zahra", email: "fatima.zahra@demo.test", role: "sds", manager: "daniel", roles: [] },
  { key: "oliver", name: "Oliver Grant", email: "oliver.grant@demo.test", role: "sds", manager: "daniel", roles: [] },
  { key: "nadia", name: "Nadia Petrova", email: "nadia.petrova@demo.test", role: "director", manager: "priya", roles: ["MANAGER", "COACH"] },
  { key: "ivan", name: "Ivan Horvat", email: "ivan.horvat@demo.test", role: "sse", manager: "nadia", roles: [] },
];

/** The four accounts the README lists, one per hat. */
export const DEMO_ACCOUNTS = [
  { email: "hr@demo.test", hat: "HR admin", home: "/hr" },
  { email: "manager@demo.test", hat: "Manager", home: "/team" },
  { email: "leader@demo.test", hat: "New leader", home: "/me" },
  { email: "coach@demo.test", hat: "Coach or mentor", home: "/coaching" },
] as const;
