import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/card";
import { EnrolledBanner } from "@/components/inductions/enrolment/enrolled-banner";
import { InductionTable } from "@/components/inductions/enrolment/induction-table";
import { requireRole } from "@/lib/auth/session";
import { orNotFound } from "@/lib/db/or-not-found";
import { getCohort } from "@/lib/inductions/cohort-queries";

export const metadata = { title: "Cohort" };

export default async function CohortPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ enrolled?: string }> }) {
  const actor = await requireRole("HR_ADMIN");
  const [{ id }, { enrolled }] = await Promise.all([params, searchParams]);
  const cohort = await orNotFound(getCohort(actor.organisationId, id));
  const overdue = cohort.inductions.reduce((sum, induction) => sum + induction.progress.overdue, 0);
  const members = cohort.inductions.length;
  return (
    <>
      <BackLink href="/hr/cohorts">Cohorts</BackLink>
      <PageHeader
        title={cohort.name}
        description={`${members} ${members === 1 ? "person" : "people"} in this cohort${overdue ? `, with ${overdue} overdue ${overdue === 1 ? "item" : "items"} between them` : ""}. Open a person's induction to see every item.`}
      />
      <EnrolledBanner organisationId={actor.organisationId} inductionId={enrolled} />
      <InductionTable caption={`Inductions in the cohort ${cohort.name}`} inductions={cohort.inductions} empty="Nobody is in this cohort any more." />
    </>
  );
}
