import { KindExplainer } from "@/components/coaching/kind-explainer";
import { SupporterForm } from "@/components/coaching/supporter-form";
import { BackLink } from "@/components/ui/back-link";
import { ButtonActionForm } from "@/components/ui/button-action-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { getBenchProfile, listStrengthOptions } from "@/lib/coaching/queries";
import { count } from "@/lib/csv/wording";
import { orNotFound } from "@/lib/db/or-not-found";
import { removeSupporterAction, updateSupporterAction } from "../../actions";

export const metadata = { title: "Bench profile" };

export default async function BenchProfilePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole("HR_ADMIN");
  const { id } = await params;
  const [profile, strengthOptions] = await Promise.all([orNotFound(getBenchProfile(actor.organisationId, id)), listStrengthOptions(actor.organisationId)]);
  const supporting = count(profile.activeCount, "person", "people");
  return (
    <>
      <BackLink href="/hr/coaching">Coaching and mentoring</BackLink>
      <PageHeader title={profile.name} description={`${profile.email} · supporting ${supporting} at the moment`} />
      {profile.available ? null : (
        <p className="mb-6 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200">
          {profile.name} is deactivated or no longer wears the Coach or mentor hat, so matching does not suggest them. Change that on the People page, or take them off the bench.
        </p>
      )}
      <div className="grid items-start gap-6 lg:grid-cols-[2fr_1fr]">
        <Card>
          <h2 className="mb-4 text-lg font-semibold">Profile</h2>
          <SupporterForm
            action={updateSupporterAction}
            profile={{
              profileId: profile.profileId,
              version: profile.version,
              offers: [...profile.offers],
              capacity: profile.capacity,
              about: profile.about,
              strengths: profile.strengths.map((strength) => `${strength.frameworkId}:${strength.competencyKey}`),
            }}
            strengthOptions={strengthOptions}
          />
        </Card>
        <div className="space-y-6">
          <Card>
            <h2 className="text-lg font-semibold">Take off the bench</h2>
            <p className="mt-1 mb-4 text-sm text-muted">They stop being suggested. The {supporting} they support now carry on until those relationships end.</p>
            <ButtonActionForm
              action={removeSupporterAction}
              fields={{ profileId: profile.profileId }}
              label="Take off the bench"
              variant="danger"
              confirmation={`Take ${profile.name} off the bench? You can add them again later.`}
            />
          </Card>
          <KindExplainer />
        </div>
      </div>
    </>
  );
}
