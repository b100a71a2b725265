import Link from "next/link";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { requirePerson } from "@/lib/auth/session";
import { listPublishedCharters } from "@/lib/charters/queries";
import { STAGE_LABELS, TRACK_LABELS } from "@/lib/roles/labels";

export const metadata = { title: "Role charters" };

export default async function ChartersPage() {
  const person = await requirePerson();
  const roles = await listPublishedCharters(person.organisationId);
  return (
    <>
      <PageHeader
        title="Role charters"
        description="What each role in the organisation is for, what it answers for and decides, and which competencies it needs. Roles that usually follow another show what changes in the move."
      />
      {roles.length === 0 ? (
        <Card>
          <p className="text-sm text-muted">HR has not published any role charters yet.</p>
        </Card>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {roles.map((role) => (
            <li key={role.id}>
              <Card className="h-full">
                <h2 className="text-lg font-semibold">
                  <Link href={`/charters/${role.id}`} className="text-brand-700 underline">
                    {role.title}
                  </Link>
                </h2>
                <p className="mt-1 flex flex-wrap gap-2">
                  <Badge>{TRACK_LABELS[role.track]}</Badge>
                  <Badge>{STAGE_LABELS[role.careerStage]}</Badge>
                </p>
                {role.description ? <p className="mt-2 text-sm">{role.description}</p> : null}
                {role.usuallyFollows ? <p className="mt-2 text-sm text-muted">Usually follows {role.usuallyFollows.title}.</p> : null}
              </Card>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
