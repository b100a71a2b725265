import { CharterDocument } from "@/components/charters/charter-document";
import { CharterCompare } from "@/components/charters/hr/charter-compare";
import { HistoryCard } from "@/components/versioning/history-card";
import { DraftCompetencies, type MoveTarget } from "@/components/charters/hr/draft-competencies";
import { CharterSectionsForm } from "@/components/charters/hr/sections-form";
import { StartCharter } from "@/components/charters/hr/start-charter";
import { CharterVersionCard } from "@/components/charters/hr/version-card";
import { BackLink } from "@/components/ui/back-link";
import { Card, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { checkCharter } from "@/lib/charters/completeness";
import { diffCharters, type CharterSide } from "@/lib/charters/diff";
import {
  getCharterVersion,
  getCharterWorkspace,
  getPinnableFrameworkVersion,
  listCharterHistory,
  listPinnableFrameworkVersions,
  type CharterVersionView,
} from "@/lib/charters/queries";
import { NotFoundError } from "@/lib/db/errors";
import { orNotFound } from "@/lib/db/or-not-found";
import {
  archiveCharterVersionAction,
  createCharterAction,
  discardCharterDraftAction,
  pinCharterFrameworkAction,
  publishCharterDraftAction,
  saveCharterSectionsAction,
  setCharterRequirementsAction,
  startCharterDraftAction,
  unarchiveCharterVersionAction,
} from "./actions";

export const metadata = { title: "Role charter" };

type Search = { version?: string; moveTo?: string; compare?: string; with?: string; published?: string; moved?: string };

const asNumber = (value: string | undefined) => (value && /^\d{1,9}$/.test(value) ? Number(value) : undefined);
const asId = (value: string | undefined) => (value && /^[A-Za-z0-9_-]{1,64}$/.test(value) ? value : undefined);
const side = (view: CharterVersionView): CharterSide => ({ charter: view.document, framework: view.framework?.document ?? null, frameworkLabel: view.framework?.label ?? null });

/** A framework version offered in the picker, or null when the address names one that cannot be chosen. */
async function loadTarget(organisationId: string, id: string | undefined, frameworkIds: Map<string, string>): Promise<MoveTarget | null> {
  const frameworkId = id && frameworkIds.get(id);
  if (!id || !frameworkId) return null;
  try {
    const version = await getPinnableFrameworkVersion(organisationId, id);
    return { versionId: version.id, frameworkId, label: version.label, document: version.document };
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

export default async function CharterWorkspacePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Search> }) {
  const actor = await requireRole("HR_ADMIN");
  const organisationId = actor.organisationId;
  const [{ id }, search] = await Promise.all([params, searchParams]);
  const { role, charterId, versions } = await orNotFound(getCharterWorkspace(organisationId, id));

  const header = (
    <>
      <BackLink href={`/hr/roles/${role.id}`}>{role.title}</BackLink>
      <PageHeader title={`Role charter: ${role.title}`} description={role.description || undefined} />
    </>
  );
  const draft = versions.find((version) => version.status === "DRAFT");
  const chosen =
    versions.find((version) => version.number === asNumber(search.version)) ?? draft ?? versions.find((version) => version.status === "PUBLISHED") ?? versions[0];
  if (!charterId || !chosen) {
    return (
      <>
        {header}
        <StartCharter roleId={role.id} follows={role.usuallyFollows?.title ?? null} create={createCharterAction} />
      </>
    );
  }

  const isDraft = chosen.status === "DRAFT";
  const from = versions.find((version) => version.number === asNumber(search.compare));
  const to = versions.find((version) => version.number === asNumber(search.with));
  const [current, history, pinnable, older, newer] = await Promise.all([
    getCharterVersion(organisationId, id, chosen.number),
    listCharterHistory(organisationId, charterId),
    isDraft ? listPinnableFrameworkVersions(organisationId) : Promise.resolve([]),
    from && to ? getCharterVersion(organisationId, id, from.number) : undefined,
    from && to ? getCharterVersion(organisationId, id, to.number) : undefined,
  ]);
  const target = isDraft ? await loadTarget(organisationId, asId(search.moveTo), new Map(pinnable.map((version) => [version.id, version.framework.id]))) : null;
  const problems = isDraft ? checkCharter(current.document, current.framework?.document ?? null) : [];
  const changes = older && newer ? diffCharters(side(older), side(newer)) : undefined;

  const notice = search.published
    ? `Version ${current.number} is published. It will not change again; start a new draft to change the charter.`
    : search.moved && current.framework
      ? `The required competencies now come from ${current.framework.label}. Check the stages below.`
      : null;

  return (
    <>
      {header}
      {notice ? (
        <p role="status" className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900 ring-1 ring-emerald-200">
          {notice}
        </p>
      ) : null}
      <CharterVersionCard
        roleId={role.id}
        charterId={charterId}
        versions={versions}
        current={chosen}
        problems={problems}
        actions={{
          publish: publishCharterDraftAction,
          discard: discardCharterDraftAction,
          archive: archiveCharterVersionAction,
          unarchive: unarchiveCharterVersionAction,
          startDraft: startCharterDraftAction,
        }}
      />
      {isDraft ? (
        <>
          <Card className="mb-6" aria-labelledby="charter-sections">
            <h2 id="charter-sections" className="mb-4 text-lg font-semibold">
              Sections
            </h2>
            <CharterSectionsForm key={current.id} action={saveCharterSectionsAction} versionId={current.id} revision={current.revision} sections={current.document} />
          </Card>
          <DraftCompetencies
            roleId={role.id}
            draft={current}
            pinnable={pinnable}
            target={target}
            actions={{ pin: pinCharterFrameworkAction, setRequirements: setCharterRequirementsAction }}
          />
        </>
      ) : (
        <div className="mb-6">
          <CharterDocument version={current} />
        </div>
      )}
      {versions.length > 1 ? (
        <CharterCompare
          roleId={role.id}
          currentNumber={current.number}
          versions={versions}
          compared={from && to ? { from: from.number, to: to.number } : undefined}
          changes={changes}
        />
      ) : null}
      <HistoryCard events={history} auditHref={`/hr/audit?type=charters&object=${charterId}`} />
    </>
  );
}
