import Link from "next/link";
import { findEnrolledPerson } from "@/lib/inductions/cohort-queries";

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Confirms an enrolment the form has just made (its id arrives in the address), with a way to the induction. */
export async function EnrolledBanner({ organisationId, inductionId }: { organisationId: string; inductionId: string | undefined }) {
  const induction = inductionId && ID.test(inductionId) ? await findEnrolledPerson(organisationId, inductionId) : null;
  if (!induction) return null;
  return (
    <p role="status" className="mb-6 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900 ring-1 ring-emerald-200">
      {induction.person.name} is enrolled; they, their manager and any coach or mentor have been told in the app.{" "}
      <Link href={`/hr/enrolments/${induction.id}`} className="font-medium text-brand-700 underline">
        Open their induction
      </Link>
    </p>
  );
}
