import type { ReactNode } from "react";
import { SectionNav } from "@/components/shell/section-nav";
import { hasAnyRole } from "@/lib/auth/hats";
import { requirePerson } from "@/lib/auth/session";

const HR_SECTIONS = [
  { href: "/hr", label: "Overview", exact: true },
  { href: "/hr/people", label: "People" },
  { href: "/hr/roles", label: "Job roles" },
  { href: "/hr/frameworks", label: "Frameworks" },
  { href: "/hr/inductions", label: "Inductions" },
  { href: "/hr/cohorts", label: "Cohorts" },
  { href: "/hr/coaching", label: "Coaching" },
  { href: "/hr/audit", label: "Audit log" },
  { href: "/hr/organisation", label: "Organisation file" },
];

// Published frameworks live under /hr but everyone may read them: only HR admins get HR's tabs.
export default async function HrLayout({ children }: { children: ReactNode }) {
  const person = await requirePerson();
  return (
    <>
      {hasAnyRole(person.roles, ["HR_ADMIN"]) ? <SectionNav label="HR" items={HR_SECTIONS} /> : null}
      {children}
    </>
  );
}
