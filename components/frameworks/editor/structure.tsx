"use client";

import { memo, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { newKey, type Cluster, type Competency, type ScalePoint, type Stage } from "@/lib/frameworks/document";
import type { NamedElement } from "@/lib/frameworks/edit";
import { FRAMEWORK_LIMITS } from "@/lib/frameworks/limits";
import { CommitField } from "./commit-field";
import { useConfirm } from "./confirm";
import { useSend } from "./draft-state";
import { useFocusAfterRender } from "./focus-after-render";
import { moveFieldId, MoveToCluster, type ClusterChoice } from "./move-to-cluster";
import { AddForm, SortableList, SortableRow } from "./sortable";

/** Editing the framework's lists: stages, the proficiency scale, clusters and their competencies. */

const NOUN: Record<NamedElement, string> = { scalePoint: "scale point", stage: "stage", cluster: "cluster", competency: "competency" };
const displayName = (element: NamedElement, name: string, index: number) => name.trim() || `${NOUN[element]} ${index + 1}`;

/** What to ask before deleting an item, or null to delete it at once. */
export type DeleteQuestion<T> = (item: T) => { title: string; description: string } | null;

/** Keeps the latest value in a ref, so callbacks (and so memoised rows) stay the same across edits. */
function useLatest<T>(value: T) {
  const latest = useRef(value);
  useEffect(() => {
    latest.current = value;
  });
  return latest;
}

function useListActions<T extends { key: string }>(element: NamedElement, items: readonly T[], addId: string, ask?: DeleteQuestion<T>) {
  const send = useSend();
  const confirm = useConfirm();
  const focusAfterRender = useFocusAfterRender();
  const latest = useLatest(items);
  const onMove = useCallback((key: string, to: number | "up" | "down") => send({ op: "move", element, key, to }), [send, element]);
  const onDelete = useCallback(
    (key: string) => {
      const list = latest.current;
      const index = list.findIndex((item) => item.key === key);
      const item = list[index];
      if (!item) return;
      // Focus goes to the next row (or the one before), else to the field that adds one.
      const neighbour = list[index + 1] ?? list[index - 1];
      const focusIds = neighbour ? [`${neighbour.key}-name`, addId] : [addId];
      const remove = () => send({ op: "delete", element, key });
      const question = ask?.(item);
      if (question) {
        confirm({ ...question, confirmLabel: `Delete ${NOUN[element]}` }, remove, focusIds);
      } else {
        focusAfterRender(focusIds);
        remove();
      }
    },
    [send, confirm, focusAfterRender, latest, element, addId, ask],
  );
  return { send, onMove, onDelete };
}

type NamedRowProps = {
  element: NamedElement;
  item: Stage | ScalePoint | Cluster | Competency;
  label: string;
  index: number;
  count: number;
  onMove: (key: string, to: "up" | "down") => void;
  onDelete: (key: string) => void;
  /** For a competency: the clusters it can move to. */
  moveTargets?: ClusterChoice[];
  onMoveTo?: (competencyKey: string, clusterKey: string) => void;
  children?: React.ReactNode;
};

/** A named element's row: name, description (and for a competency, tags and a move to another cluster). */
const NamedRow = memo(function NamedRow({ element, item, label, index, count, onMove, onDelete, moveTargets, onMoveTo, children }: NamedRowProps) {
  const send = useSend();
  const name = displayName(element, item.name, index);
  const tags = "tags" in item ? item.tags : undefined;
  return (
    <SortableRow
      id={item.key}
      name={name}
      index={index}
      count={count}
      onMove={onMove}
      onDelete={onDelete}
      className={element === "cluster" ? "bg-slate-50" : undefined}
      fields={
        // Laid out by the row's own width: the stages and scale sit in narrow columns on wide screens.
        <div className="@container">
          <div className="grid grid-cols-1 gap-2 @md:grid-cols-[minmax(10rem,1fr)_minmax(12rem,2fr)]">
            <CommitField
              id={`${item.key}-name`}
              label={`${label} name`}
              value={item.name}
              maxLength={FRAMEWORK_LIMITS.name}
              placeholder="Name"
              onCommit={(value) => send({ op: "rename", element, key: item.key, name: value }, `${item.key}-name`)}
            />
            <CommitField
              id={`${item.key}-description`}
              label={`${label} description`}
              value={item.description}
              multiline
              rows={1}
              maxLength={FRAMEWORK_LIMITS.description}
              placeholder="Description"
              onCommit={(value) => send({ op: "describe", element, key: item.key, description: value }, `${item.key}-description`)}
            />
            {tags ? (
              <div className="flex flex-wrap items-end gap-2 @md:col-span-2">
                <CommitField
                  id={`${item.key}-tags`}
                  label={`${label} tags, separated by commas`}
                  value={tags.join(", ")}
                  placeholder="Tags, separated by commas"
                  className="min-w-0 flex-[2_1_12rem]"
                  onCommit={(value) =>
                    send(
                      {
                        op: "setTags",
                        key: item.key,
                        tags: value
                          .split(",")
                          .map((tag) => tag.trim())
                          .filter(Boolean),
                      },
                      `${item.key}-tags`,
                    )
                  }
                />
                {moveTargets?.length && onMoveTo ? (
                  <div className="min-w-0 flex-[1_1_13rem]">
                    <MoveToCluster competencyKey={item.key} competencyName={name} targets={moveTargets} onMoveTo={onMoveTo} />
                  </div>
                ) : null}
              </div>
            ) : null}
          </div>
        </div>
      }
    >
      {children}
    </SortableRow>
  );
});

const hasWriting = (competency: Competency) => competency.expectations.some((expectation) => expectation.text.trim() || expectation.indicators.length);

const CANNOT_UNDO = "This cannot be undone.";

/** Stages or the proficiency scale: a flat list. */
export const FlatListEditor = memo(function FlatListEditor({
  element,
  items,
  title,
  addLabel,
  askBeforeDelete,
}: {
  element: "stage" | "scalePoint";
  items: (Stage | ScalePoint)[];
  title: string;
  addLabel: string;
  askBeforeDelete?: DeleteQuestion<Stage | ScalePoint>;
}) {
  const addId = `add-${element}`;
  const { send, onMove, onDelete } = useListActions(element, items, addId, askBeforeDelete);
  const sortItems = useMemo(() => items.map((item, i) => ({ key: item.key, label: displayName(element, item.name, i) })), [items, element]);
  const noun = NOUN[element];
  const capital = noun[0]?.toUpperCase() + noun.slice(1);
  return (
    <div className="space-y-3">
      {items.length ? (
        <SortableList items={sortItems} onMove={onMove} label={title}>
          {items.map((item, i) => (
            <NamedRow key={item.key} element={element} item={item} label={`${capital} ${i + 1}`} index={i} count={items.length} onMove={onMove} onDelete={onDelete} />
          ))}
        </SortableList>
      ) : (
        <p className="text-sm text-muted">None yet.</p>
      )}
      <AddForm
        id={addId}
        label={`New ${noun} name`}
        button={addLabel}
        maxLength={FRAMEWORK_LIMITS.name}
        onAdd={(name) => send({ op: "addElement", element, key: newKey(), name, description: "" }, addId)}
      />
    </div>
  );
});

const askBeforeCompetencyDelete: DeleteQuestion<Competency> = (competency) =>
  hasWriting(competency)
    ? { title: `Delete ${competency.name || "this competency"}?`, description: `Its expectations and behavioural indicators at every stage are deleted with it. ${CANNOT_UNDO}` }
    : null;

const ClusterCompetencies = memo(function ClusterCompetencies({
  cluster,
  clusterName,
  firstNumber,
  clusterChoices,
  onMoveTo,
}: {
  cluster: Cluster;
  clusterName: string;
  firstNumber: number;
  clusterChoices: ClusterChoice[];
  onMoveTo: (competencyKey: string, clusterKey: string) => void;
}) {
  const competencies = cluster.competencies;
  const addId = `add-competency-${cluster.key}`;
  const { send, onMove, onDelete } = useListActions("competency", competencies, addId, askBeforeCompetencyDelete);
  const sortItems = useMemo(() => competencies.map((item, i) => ({ key: item.key, label: displayName("competency", item.name, i) })), [competencies]);
  const moveTargets = useMemo(() => clusterChoices.filter((choice) => choice.key !== cluster.key), [clusterChoices, cluster.key]);
  return (
    <div className="mt-2 space-y-2 pl-3 sm:pl-9">
      {competencies.length ? (
        <SortableList items={sortItems} onMove={onMove} label={`Competencies in ${clusterName}`}>
          {competencies.map((competency, i) => (
            <NamedRow
              key={competency.key}
              element="competency"
              item={competency}
              label={`Competency ${firstNumber + i}`}
              index={i}
              count={competencies.length}
              onMove={onMove}
              onDelete={onDelete}
              moveTargets={moveTargets}
              onMoveTo={onMoveTo}
            />
          ))}
        </SortableList>
      ) : (
        <p className="text-sm text-muted">No competencies in this cluster yet.</p>
      )}
      <AddForm
        id={addId}
        label={`New competency in ${clusterName}`}
        button={`Add competency to ${clusterName}`}
        maxLength={FRAMEWORK_LIMITS.name}
        onAdd={(name) => send({ op: "addCompetency", clusterKey: cluster.key, key: newKey(), name, description: "", tags: [] }, addId)}
      />
    </div>
  );
});

const askBeforeClusterDelete: DeleteQuestion<Cluster> = (cluster) => {
  const count = cluster.competencies.length;
  if (!count) return null;
  const what = count === 1 ? "Its competency is" : `Its ${count} competencies are`;
  return { title: `Delete ${cluster.name || "this cluster"}?`, description: `${what} deleted with it, with their expectations and behavioural indicators. ${CANNOT_UNDO}` };
};

/** Clusters, each with its competencies. */
export const ClustersEditor = memo(function ClustersEditor({ clusters }: { clusters: Cluster[] }) {
  const { send, onMove, onDelete } = useListActions("cluster", clusters, "add-cluster", askBeforeClusterDelete);
  const sortItems = useMemo(() => clusters.map((item, i) => ({ key: item.key, label: displayName("cluster", item.name, i) })), [clusters]);
  const firstNumbers = useMemo(() => {
    const firsts: number[] = [];
    clusters.reduce((next, cluster) => {
      firsts.push(next);
      return next + cluster.competencies.length;
    }, 1);
    return firsts;
  }, [clusters]);
  // The choices change only when a cluster is added, removed, renamed or reordered, not on every edit inside one.
  const choicesKey = JSON.stringify(clusters.map((cluster, i) => [cluster.key, displayName("cluster", cluster.name, i)]));
  const clusterChoices = useMemo(() => (JSON.parse(choicesKey) as [string, string][]).map(([key, name]) => ({ key, name })), [choicesKey]);

  // Moving a competency: focus follows it to its new cluster, and the move is announced.
  const latest = useLatest(clusters);
  const focusAfterRender = useFocusAfterRender();
  const [announcement, setAnnouncement] = useState("");
  const onMoveTo = useCallback(
    (competencyKey: string, clusterKey: string) => {
      const from = latest.current.find((cluster) => cluster.competencies.some((competency) => competency.key === competencyKey));
      const to = latest.current.findIndex((cluster) => cluster.key === clusterKey);
      const competency = from?.competencies.find((item) => item.key === competencyKey);
      const target = latest.current[to];
      if (!competency || !target) return;
      focusAfterRender([moveFieldId(competencyKey)]);
      send({ op: "moveCompetencyToCluster", key: competencyKey, clusterKey }, moveFieldId(competencyKey));
      setAnnouncement(`Moved ${competency.name || "the competency"} to the end of ${displayName("cluster", target.name, to)}.`);
    },
    [latest, focusAfterRender, send],
  );

  return (
    <div className="space-y-3">
      <p role="status" className="sr-only">
        {announcement}
      </p>
      {clusters.length ? (
        <SortableList items={sortItems} onMove={onMove} label="Clusters">
          {clusters.map((cluster, i) => {
            const first = firstNumbers[i] ?? 1;
            const name = displayName("cluster", cluster.name, i);
            return (
              <NamedRow key={cluster.key} element="cluster" item={cluster} label={`Cluster ${i + 1}`} index={i} count={clusters.length} onMove={onMove} onDelete={onDelete}>
                <ClusterCompetencies cluster={cluster} clusterName={name} firstNumber={first} clusterChoices={clusterChoices} onMoveTo={onMoveTo} />
              </NamedRow>
            );
          })}
        </SortableList>
      ) : (
        <p className="text-sm text-muted">No clusters yet. Add one, then add competencies to it.</p>
      )}
      <AddForm
        id="add-cluster"
        label="New cluster name"
        button="Add cluster"
        maxLength={FRAMEWORK_LIMITS.name}
        onAdd={(name) => send({ op: "addElement", element: "cluster", key: newKey(), name, description: "" }, "add-cluster")}
      />
    </div>
  );
});
