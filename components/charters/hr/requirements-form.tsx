"use client";

import { useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { FieldErrors } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { fieldErrors } from "@/components/ui/form-status";
import type { FormAction } from "@/lib/actions/result";
import type { ChoiceCompetency, ChoiceStage, RequirementChoices } from "./requirement-choices";

const control = "w-44 rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm text-ink";

/** One row: the stage the role expects of a competency, whether to build it early, and what that stage asks for. */
function CompetencyRow({
  competency,
  stages,
  initialStage,
  initialAhead,
}: {
  competency: ChoiceCompetency;
  stages: ChoiceStage[];
  initialStage: string;
  initialAhead: boolean;
}) {
  const [stageKey, setStageKey] = useState(initialStage);
  // A stage the framework marks not applicable is offered only if the charter already asks for it.
  const offered = stages.filter((stage) => competency.expectations[stage.key] !== null || stage.key === initialStage);
  const expectation = stageKey ? competency.expectations[stageKey] : undefined;
  return (
    <tr className="align-top">
      <th scope="row" className="border-t border-slate-200 px-3 py-2 text-left font-medium">
        {competency.name}
      </th>
      <td className="border-t border-slate-200 px-3 py-2">
        <select
          name="stage"
          aria-label={`Stage expected for ${competency.name}`}
          value={stageKey ? `${competency.key}:${stageKey}` : ""}
          onChange={(event) => setStageKey(event.target.value.split(":")[1] ?? "")}
          className={control}
        >
          <option value="">Not required</option>
          {offered.map((stage) => (
            <option key={stage.key} value={`${competency.key}:${stage.key}`}>
              {stage.name}
            </option>
          ))}
        </select>
      </td>
      <td className="border-t border-slate-200 px-3 py-2 text-center">
        <input
          type="checkbox"
          name="ahead"
          value={competency.key}
          defaultChecked={initialAhead}
          aria-label={`Develop ${competency.name} ahead of the role`}
          className="mt-2 size-4 accent-brand-700"
        />
      </td>
      <td className="border-t border-slate-200 px-3 py-2 text-xs text-muted">
        {!stageKey ? null : expectation ? (
          <p className="whitespace-pre-line">{expectation}</p>
        ) : (
          <p className="italic">The framework has no expectation written for this stage.</p>
        )}
      </td>
    </tr>
  );
}

/** The required competencies of the draft: one row per competency of the framework version it points at. */
export function CharterRequirementsForm({
  action,
  versionId,
  revision,
  choices,
}: {
  action: FormAction;
  versionId: string;
  revision: number;
  choices: RequirementChoices;
}) {
  const required = new Map(choices.requirements.map((requirement) => [requirement.competencyKey, requirement]));
  return (
    <ActionForm action={action}>
      {(state, pending) => (
        <>
          <input type="hidden" name="versionId" value={versionId} />
          <input type="hidden" name="revision" value={revision} />
          <p className="text-sm text-muted">
            Choose the stage the role expects for each competency it needs; leave the others as “Not required”. Tick “Develop ahead” for a
            competency the person should start building before the role calls for it.
          </p>
          <FieldErrors name="stage" errors={fieldErrors(state, "stage")} />
          <FieldErrors name="ahead" errors={fieldErrors(state, "ahead")} />
          <div className="overflow-x-auto rounded-lg border border-slate-200">
            <table className="min-w-full border-collapse text-left text-sm">
              <caption className="sr-only">Required competencies</caption>
              <thead className="bg-slate-50">
                <tr>
                  <th scope="col" className="w-64 px-3 py-2 font-semibold">
                    Competency
                  </th>
                  <th scope="col" className="w-48 px-3 py-2 font-semibold">
                    Stage the role expects
                  </th>
                  <th scope="col" className="w-24 px-3 py-2 text-center font-semibold">
                    Develop ahead
                  </th>
                  <th scope="col" className="px-3 py-2 font-semibold">
                    What that stage asks for
                  </th>
                </tr>
              </thead>
              {choices.clusters.map((cluster) => (
                <tbody key={cluster.key}>
                  <tr className="bg-brand-50">
                    <th scope="rowgroup" colSpan={4} className="border-t border-slate-200 px-3 py-2 text-left font-semibold">
                      {cluster.name}
                    </th>
                  </tr>
                  {cluster.competencies.map((competency) => {
                    const requirement = required.get(competency.key);
                    return (
                      <CompetencyRow
                        key={competency.key}
                        competency={competency}
                        stages={choices.stages}
                        initialStage={requirement?.stageKey ?? ""}
                        initialAhead={requirement?.developAhead ?? false}
                      />
                    );
                  })}
                </tbody>
              ))}
            </table>
          </div>
          <FormFooter state={state} pending={pending}>
            Save required competencies
          </FormFooter>
        </>
      )}
    </ActionForm>
  );
}
