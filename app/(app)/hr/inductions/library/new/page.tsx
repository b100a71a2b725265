import { BackLink } from "@/components/ui/back-link";
import { Card, PageHeader } from "@/components/ui/card";
import { OwnSectionForm } from "@/components/inductions/templates/own-section-form";
import { requireRole } from "@/lib/auth/session";
import { createMindsetSectionAction } from "../actions";

export const metadata = { title: "Write a mindset section" };

export default async function NewMindsetSectionPage() {
  await requireRole("HR_ADMIN");
  return (
    <>
      <BackLink href="/hr/inductions/library">Your mindset sections</BackLink>
      <PageHeader title="Write a mindset section" description="Practices are things to do; prompts are questions to reflect on. Both should be concrete enough to act on this month." />
      <Card className="max-w-3xl">
        <OwnSectionForm action={createMindsetSectionAction} submitLabel="Save section" />
      </Card>
    </>
  );
}
