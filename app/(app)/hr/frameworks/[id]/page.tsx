import Link from "next/link";
import { notFound } from "next/navigation";
import { Download, Pencil } from "lucide-react";
import { BackLink } from "@/components/ui/back-link";
import { FrameworkMatrix } from "@/components/frameworks/framework-matrix";
import { VersionDiff } from "@/components/frameworks/version-diff";
import { ButtonActionForm } from "@/components/ui/button-action-form";
import { Card, PageHeader } from "@/components/ui/card";
import { HistoryCard } from "@/components/versioning/history-card";
import { STATUS_LABELS, VersionHeading } from "@/components/versioning/version-heading";
import { hasAnyRole } from "@/lib/auth/hats";
import { requirePerson } from "@/lib/auth/session";
import { countCharterUsage } from "@/lib/charters/queries";
import { orNotFound } from "@/lib/db/or-not-found";
import { checkCompleteness } from "@/lib/frameworks/completeness";
import { diffVersions } from "@/lib/frameworks/diff";
import { getFramework, getFrameworkVersion, listFrameworkHistory } from "@/lib/frameworks/queries";
import {
  archiveFrameworkVersionAction,
  discardFrameworkDraftAction,
  duplicateFrameworkVersionAction,
  publishFrameworkDraftAction,
  startFrameworkDraftAction,
  unarchiveFrameworkVersionAction,
} from "../actions";

export const metadata = { title: "Competency framework" };


type Search = { version?: string; from?: string; to?: string; created?: string; published?: string };

const asNumber = (value: string | undefined) => (value && /^\d{1,9}$/.test(value) ? Number(value) : undefined);

export default async function FrameworkPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Search> }) {
  const person = await requirePerson();
  const isHr = hasAnyRole(person.roles, ["HR_ADMIN"]);
  const [{ id }, search] = await Promise.all([params, searchParams]);

  const framework = await orNotFound(getFramework(person.organisationId, id));
  const versions = isHr ? framework.versions : framework.versions.filter((version) => version.status === "PUBLISHED");
  const draft = versions.find((version) => version.status === "DRAFT");
  const latestPublished = versions.find((version) => version.status === "PUBLISHED");
  const chosen = versions.find((version) => version.number === asNumber(search.version)) ?? draft ?? latestPublished ?? versions[0];
  if (!chosen) notFound();

  const from = versions.find((version) => version.number === asNumber(search.from));
  const to = versions.find((version) => version.number === asNumber(search.to));
  const [current, history, usage, older, newer] = await Promise.all([
    getFrameworkVersion(person.organisationId, id, chosen.number),
    isHr ? listFrameworkHistory(person.organisationId, id) : Promise.resolve([]),
    isHr ? countCharterUsage(person.organisationId, id) : Promise.resolve(new Map<string, number>()),
    from && to ? getFrameworkVersion(person.organisationId, id, from.number) : undefined,
    from && to ? getFrameworkVersion(person.organisationId, id, to.number) : undefined,
  ]);
  const doc = current.document;
  const problems = current.status === "DRAFT" ? checkCompleteness(doc) : [];
  const exportBase = `/hr/frameworks/${id}/versions/${current.number}/export`;
  const diff = older && newer ? diffVersions(older.document, newer.document) : undefined;

  return (
    <>
      <BackLink href="/hr/frameworks">Competency frameworks</BackLink>
      <PageHeader title={doc.name || framework.name} description={doc.description || undefined} />
      {search.created || search.published ? (
        <p role="status" className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900 ring-1 ring-emerald-200">
          {search.published
            ? `Version ${current.number} is published. It will not change again; start a new draft to make changes.`
            : "The framework was created as a draft."}
        </p>
      ) : null}

      <Card className="mb-6">
        <VersionHeading version={current} />
        <nav aria-label="Versions" className="mt-3 flex flex-wrap gap-2 text-sm">
          {versions.map((version) => {
            const charters = usage.get(version.id) ?? 0;
            return (
              <span key={version.id} className="inline-flex items-center gap-2">
                <Link
                  href={`/hr/frameworks/${id}?version=${version.number}`}
                  aria-current={version.number === current.number ? "page" : undefined}
                  className="rounded-md px-2 py-1 ring-1 ring-slate-300 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
                >
                  Version {version.number} · {STATUS_LABELS[version.status]}
                </Link>
                {charters ? (
                  <span className="text-xs text-muted">
                    Used by {charters} charter {charters === 1 ? "version" : "versions"}
                  </span>
                ) : null}
              </span>
            );
          })}
        </nav>
        <div className="mt-4 flex flex-wrap items-start gap-3">
          {isHr && current.status === "DRAFT" ? (
            <>
              <Link href={`/hr/frameworks/${id}/edit`} className="inline-flex items-center gap-2 rounded-md bg-white px-4 py-2 text-sm font-medium text-ink ring-1 ring-slate-300 hover:bg-slate-100">
                <Pencil aria-hidden className="size-4" /> Edit draft
              </Link>
              <ButtonActionForm action={publishFrameworkDraftAction} fields={{ versionId: current.id, revision: String(current.revision) }} label="Publish" disabled={problems.length > 0} />
              <ButtonActionForm
                action={discardFrameworkDraftAction}
                fields={{ versionId: current.id }}
                label="Discard draft"
                variant="danger"
                confirmation="Discard this draft? Its changes are lost; published versions stay as they are."
              />
            </>
          ) : null}
          {isHr && current.status === "PUBLISHED" ? (
            <ButtonActionForm action={archiveFrameworkVersionAction} fields={{ versionId: current.id }} label="Archive" variant="secondary" />
          ) : null}
          {isHr && current.status === "ARCHIVED" ? (
            <ButtonActionForm action={unarchiveFrameworkVersionAction} fields={{ versionId: current.id }} label="Unarchive" variant="secondary" />
          ) : null}
          {isHr && !draft && latestPublished ? (
            <ButtonActionForm action={startFrameworkDraftAction} fields={{ frameworkId: id }} label={`New draft from version ${latestPublished.number}`} variant="secondary" />
          ) : null}
          {isHr ? <ButtonActionForm action={duplicateFrameworkVersionAction} fields={{ versionId: current.id }} label="Duplicate as a new framework" variant="secondary" /> : null}
          <a href={`${exportBase}?format=csv`} className="inline-flex items-center gap-2 px-2 py-2 text-sm font-medium text-brand-700 underline">
            <Download aria-hidden className="size-4" /> Download CSV
          </a>
          <a href={`${exportBase}?format=json`} className="inline-flex items-center gap-2 px-2 py-2 text-sm font-medium text-brand-700 underline">
            <Download aria-hidden className="size-4" /> Download JSON
          </a>
        </div>
        {problems.length ? (
          <div className="mt-4 rounded-md bg-amber-50 p-3 text-sm ring-1 ring-amber-200">
            <p className="font-medium">Before this draft can be published, {problems.length === 1 ? "one thing needs" : `${problems.length} things need`} finishing:</p>
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {problems.slice(0, 50).map((problem, i) => (
                <li key={i}>
                  <span className="font-medium">{problem.location}</span>: {problem.message}
                </li>
              ))}
              {problems.length > 50 ? <li>… and {problems.length - 50} more.</li> : null}
            </ul>
          </div>
        ) : null}
      </Card>

      <section aria-labelledby="matrix" className="mb-8">
        <h2 id="matrix" className="mb-3 text-xl font-semibold">
          Competencies by stage
        </h2>
        <FrameworkMatrix doc={doc} />
        {doc.scale.length ? (
          <p className="mt-3 text-sm text-muted">
            Proficiency scale: {doc.scale.map((point) => point.name || "(no name yet)").join(" · ")}
          </p>
        ) : null}
      </section>

      {versions.length > 1 ? (
        <Card className="mb-6">
          <h2 className="mb-3 text-lg font-semibold">Compare versions</h2>
          <form method="get" className="flex flex-wrap items-end gap-3 text-sm">
            <input type="hidden" name="version" value={current.number} />
            {(["from", "to"] as const).map((field, index) => (
              <label key={field} className="space-y-1">
                <span className="block font-medium">{field === "from" ? "Older version" : "Newer version"}</span>
                <select
                  name={field}
                  defaultValue={(field === "from" ? from : to)?.number ?? versions[versions.length - 1 - index]?.number ?? versions[0]?.number}
                  className="rounded-md border border-slate-400 bg-white px-3 py-2"
                >
                  {versions.map((version) => (
                    <option key={version.id} value={version.number}>
                      Version {version.number} ({STATUS_LABELS[version.status].toLowerCase()})
                    </option>
                  ))}
                </select>
              </label>
            ))}
            <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
              Compare
            </button>
          </form>
          {diff && from && to ? (
            <div className="mt-4">
              <h3 className="mb-2 font-semibold">
                From version {from.number} to version {to.number}: {diff.summary.total} {diff.summary.total === 1 ? "change" : "changes"}
              </h3>
              <VersionDiff changes={diff.changes} />
            </div>
          ) : null}
        </Card>
      ) : null}

      {isHr ? (
        <HistoryCard events={history} auditHref={`/hr/audit?type=frameworks&object=${id}`} />
      ) : null}
    </>
  );
}
