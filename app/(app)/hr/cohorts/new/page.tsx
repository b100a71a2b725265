import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/card";
import { EnrolForm } from "@/components/inductions/enrolment/enrol-form";
import { requireRole } from "@/lib/auth/session";
import { getEnrolmentOptions } from "@/lib/inductions/enrolment-queries";
import { enrolPersonAction } from "../actions";

export const metadata = { title: "Enrol a person" };

export default async function EnrolPersonPage() {
  const actor = await requireRole("HR_ADMIN");
  const options = await getEnrolmentOptions(actor.organisationId);
  return (
    <>
      <BackLink href="/hr/cohorts">Cohorts</BackLink>
      <PageHeader
        title="Enrol a person"
        description="Start someone's induction into a leadership role: their own copy of the role's induction, dated from the day they start."
      />
      <EnrolForm action={enrolPersonAction} options={options} />
    </>
  );
}
