import { Button } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { leftOutOf } from "@/lib/portability/contents";

export const metadata = { title: "Organisation file" };

export default async function OrganisationPage() {
  const person = await requireRole("HR_ADMIN");
  return (
    <>
      <PageHeader
        title="Organisation file"
        description={`The records of ${person.organisationName} in one file: to move the organisation to another installation of the app, or to keep beside your backups.`}
      />
      <div className="space-y-6">
        <Card aria-labelledby="download-heading">
          <h2 id="download-heading" className="text-lg font-semibold">
            Download the organisation file
          </h2>
          <p className="mt-2 max-w-3xl text-sm">
            One JSON file with your people and reporting lines, job roles, competency frameworks and charters with all their versions, induction templates
            and your mindset sections, cohorts, inductions with their items and evidence, assessments, career conversations and agreed actions,
            development plans, and the coaching and mentoring bench with its relationships and session dates.
          </p>
          <h3 className="mt-4 text-sm font-semibold">What the file leaves out</h3>
          <ul className="mt-2 max-w-3xl list-disc space-y-1 pl-5 text-sm text-muted">
            {leftOutOf("hr").map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
          <form method="post" action="/hr/organisation/export" className="mt-5 flex flex-wrap items-center gap-4">
            <Button type="submit">Download organisation file (JSON)</Button>
            <span className="text-sm text-muted">Each download is recorded in the audit log.</span>
          </form>
        </Card>
        <Card aria-labelledby="import-heading">
          <h2 id="import-heading" className="text-lg font-semibold">
            Moving the organisation to another installation
          </h2>
          <p className="mt-2 max-w-3xl text-sm">Whoever runs the app there imports the file into a new, empty organisation:</p>
          <pre className="mt-2 max-w-3xl overflow-x-auto rounded bg-slate-100 p-3 text-sm">
            <code>npm run org:import -- --file organisation.json --slug your-organisation</code>
          </pre>
          <p className="mt-2 max-w-3xl text-sm">
            The whole file is checked first, and it goes in completely or not at all. People keep their email addresses, which must not be in use in that
            installation.
          </p>
          <p className="mt-2 max-w-3xl text-sm">
            The import shows a temporary password once for each HR admin; change it on your profile after signing in. Everyone else signs in with single
            sign-on, or with a temporary password you set on their page.
          </p>
        </Card>
      </div>
    </>
  );
}
