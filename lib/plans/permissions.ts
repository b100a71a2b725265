import type { AppRole } from "@/lib/db/generated/enums";

/**
 * Who may see and change a development plan. The leader keeps their own plan and is the only
 * one who changes it (it is theirs to own). Reading: HR (it runs the programme), the person's
 * current manager on the reporting line, and a coach or mentor while their coaching or
 * mentoring relationship with the person is active. To anyone else the plan does not exist.
 */

export type PlanViewer = { id: string; roles: readonly AppRole[] };
export type PlanSubject = { id: string; managerId: string | null };

/** Why the viewer may read the plan: theirs, their report's, one they support, or HR's view; null when they may not. */
export type PlanReader = "self" | "manager" | "supporter" | "hr" | null;

export function canEditPlan(viewer: PlanViewer, subject: Pick<PlanSubject, "id">): boolean {
  return viewer.roles.includes("LEADER") && viewer.id === subject.id;
}

export function isCurrentManager(viewer: PlanViewer, subject: PlanSubject): boolean {
  return viewer.roles.includes("MANAGER") && viewer.id !== subject.id && subject.managerId === viewer.id;
}

/** `supportsActively`: the viewer is the supporter of an ACTIVE coaching or mentoring relationship with the subject. */
export function planReader(viewer: PlanViewer, subject: PlanSubject, supportsActively: boolean): PlanReader {
  if (viewer.id === subject.id) return "self";
  if (isCurrentManager(viewer, subject)) return "manager";
  if (viewer.roles.includes("COACH") && supportsActively) return "supporter";
  if (viewer.roles.includes("HR_ADMIN")) return "hr";
  return null;
}
