import type { AppRole } from "@/lib/db/generated/enums";

export type Hat = { role: AppRole; label: string; href: string; description: string };

/** In landing order: a person lands on the first hat they hold. */
export const HATS: readonly Hat[] = [
  { role: "HR_ADMIN", label: "HR", href: "/hr", description: "Runs the programme: people, roles, frameworks and cohorts" },
  { role: "LEADER", label: "My transition", href: "/me", description: "Moving from expert to leader" },
  { role: "MANAGER", label: "My team", href: "/team", description: "Manages people and their transitions" },
  { role: "COACH", label: "Coaching", href: "/coaching", description: "Coaches or mentors new leaders" },
];

export const ROLE_LABELS: Record<AppRole, string> = {
  HR_ADMIN: "HR admin",
  MANAGER: "Manager",
  LEADER: "New leader",
  COACH: "Coach or mentor",
};

export function hatsFor(roles: readonly AppRole[]): Hat[] {
  return HATS.filter((hat) => roles.includes(hat.role));
}

export function homeFor(roles: readonly AppRole[]): string {
  return hatsFor(roles)[0]?.href ?? "/profile";
}

export function hasAnyRole(roles: readonly AppRole[], allowed: readonly AppRole[]): boolean {
  return allowed.some((role) => roles.includes(role));
}
