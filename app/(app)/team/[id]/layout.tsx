import type { ReactNode } from "react";
import { SectionNav } from "@/components/shell/section-nav";
import { requireRole } from "@/lib/auth/session";
import { teamMemberTabs } from "@/lib/conversations/team-queries";

/**
 * A report's pages for their manager: the induction (when they have one), assessment, career
 * conversations and development plan. A coach or mentor reaches only the induction they
 * support, so they get no tabs; each page checks who may read it on its own.
 */
export default async function TeamMemberLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const actor = await requireRole("MANAGER", "COACH");
  const { id } = await params;
  const tabs = actor.roles.includes("MANAGER") ? await teamMemberTabs(actor.organisationId, actor.id, id) : null;
  const base = `/team/${id}`;
  const items = [
    ...(tabs?.hasInduction ? [{ href: base, label: "Induction", exact: true }] : []),
    { href: `${base}/assessment`, label: "Assessment" },
    { href: `${base}/conversations`, label: "Conversations" },
    { href: `${base}/plan`, label: "Development plan" },
  ];
  return (
    <>
      {tabs?.managesPerson ? <SectionNav label={`${tabs.name}'s pages`} items={items} /> : null}
      {children}
    </>
  );
}
