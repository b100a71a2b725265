import type { CareerStage, RoleTrack } from "@/lib/db/generated/enums";

/** Display names, kept apart from the zod schemas so client components do not ship zod. */
export const TRACK_LABELS: Record<RoleTrack, string> = {
  TECHNICAL_EXPERT: "Technical expert",
  PEOPLE_LEADER: "People leader",
  IC_LEADER: "Individual-contributor leader",
};

export const STAGE_LABELS: Record<CareerStage, string> = {
  EXPERT: "Expert",
  FIRST_TIME_LEADER: "First-time leader",
  LEADER_OF_LEADERS: "Leader of leaders",
  ENTERPRISE_LEADER: "Enterprise leader",
};
