import type { ReactNode } from "react";
import { SectionNav } from "@/components/shell/section-nav";
import { hasAnyRole } from "@/lib/auth/hats";
import { requirePerson } from "@/lib/auth/session";

const LEADER_SECTIONS = [
  { href: "/me", label: "My transition", exact: true },
  { href: "/me/assessment", label: "Assessment" },
  { href: "/me/reflections", label: "Reflections" },
  { href: "/me/plan", label: "Development plan" },
  { href: "/me/conversations", label: "Conversations" },
  { href: "/me/feedback", label: "Feedback" },
  { href: "/me/support", label: "Coaching and mentoring" },
];

// Anyone with a manager reads their own career conversations here; only new leaders get the transition's tabs.
export default async function MeLayout({ children }: { children: ReactNode }) {
  const person = await requirePerson();
  return (
    <>
      {hasAnyRole(person.roles, ["LEADER"]) ? <SectionNav label="My transition" items={LEADER_SECTIONS} /> : null}
      {children}
    </>
  );
}
