"use client";

import { memo, useCallback, useEffect, useMemo, useRef } from "react";
import { newKey, type Cluster, type Competency, type ScalePoint, type Stage } from "@/lib/frameworks/document";
import type { NamedElement } from "@/lib/frameworks/edit";
import { FRAMEWORK_LIMITS } from "@/lib/frameworks/limits";
import { CommitField } from "./commit-field";
import { useSend } from "./draft-state";
import { AddForm, SortableList, SortableRow } from "./sortable";

/** Editing the framework's lists: stages, the proficiency scale, clusters and their competencies. */

const NOUN: Record<NamedElement, string> = { scalePoint: "scale point", stage: "stage", cluster: "cluster", competency: "competency" };
const displayName = (element: NamedElement, name: string, index: number) => name.trim() || `${NOUN[element]} ${index + 1}`;

function useListActions(element: NamedElement, confirmDelete?: (key: string) => string | null) {
  const send = useSend();
  const onMove = useCallback((key: string, to: number | "up" | "down") => send({ op: "move", element, key, to }), [send, element]);
  const onDelete = useCallback(
    (key: string) => {
      const question = confirmDelete?.(key);
      if (question && !window.confirm(question)) return;
      send({ op: "delete", element, key });
    },
    [send, element, confirmDelete],
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
  children?: React.ReactNode;
};

/** A named element's row: name, description (and tags for a competency). */
const NamedRow = memo(function NamedRow({ element, item, label, index, count, onMove, onDelete, children }: NamedRowProps) {
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
        <div className="grid gap-2 md:grid-cols-[minmax(10rem,1fr)_minmax(12rem,2fr)]">
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
            <CommitField
              id={`${item.key}-tags`}
              label={`${label} tags, separated by commas`}
              value={tags.join(", ")}
              placeholder="Tags, separated by commas"
              className="md:col-span-2"
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
          ) : null}
        </div>
      }
    >
      {children}
    </SortableRow>
  );
});

const hasWriting = (competency: Competency) => competency.expectations.some((expectation) => expectation.text.trim() || expectation.indicators.length);

/** Stages or the proficiency scale: a flat list. */
export const FlatListEditor = memo(function FlatListEditor({
  element,
  items,
  title,
  addLabel,
  confirmDelete,
}: {
  element: "stage" | "scalePoint";
  items: (Stage | ScalePoint)[];
  title: string;
  addLabel: string;
  /** The question to ask before deleting, or null to delete at once. */
  confirmDelete?: (key: string) => string | null;
}) {
  const { send, onMove, onDelete } = useListActions(element, confirmDelete);
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
        id={`add-${element}`}
        label={`New ${noun} name`}
        button={addLabel}
        maxLength={FRAMEWORK_LIMITS.name}
        onAdd={(name) => send({ op: "addElement", element, key: newKey(), name, description: "" }, `add-${element}`)}
      />
    </div>
  );
});

const ClusterCompetencies = memo(function ClusterCompetencies({ cluster, clusterName, firstNumber }: { cluster: Cluster; clusterName: string; firstNumber: number }) {
  const competencies = cluster.competencies;
  // Read through a ref so the callback, and so every memoised row, stays the same across edits.
  const latest = useRef(competencies);
  useEffect(() => {
    latest.current = competencies;
  });
  const confirmDelete = useCallback(
    (key: string) => {
      const competency = latest.current.find((item) => item.key === key);
      return competency && hasWriting(competency) ? `Delete ${competency.name || "this competency"}? Its expectations and indicators are deleted with it.` : null;
    },
    [],
  );
  const { send, onMove, onDelete } = useListActions("competency", confirmDelete);
  const sortItems = useMemo(() => competencies.map((item, i) => ({ key: item.key, label: displayName("competency", item.name, i) })), [competencies]);
  return (
    <div className="mt-2 space-y-2 pl-9">
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
            />
          ))}
        </SortableList>
      ) : (
        <p className="text-sm text-muted">No competencies in this cluster yet.</p>
      )}
      <AddForm
        id={`add-competency-${cluster.key}`}
        label={`New competency in ${clusterName}`}
        button={`Add competency to ${clusterName}`}
        maxLength={FRAMEWORK_LIMITS.name}
        onAdd={(name) => send({ op: "addCompetency", clusterKey: cluster.key, key: newKey(), name, description: "", tags: [] }, `add-competency-${cluster.key}`)}
      />
    </div>
  );
});

/** Clusters, each with its competencies. */
export const ClustersEditor = memo(function ClustersEditor({ clusters }: { clusters: Cluster[] }) {
  // Read through a ref so the callback, and so every memoised row, stays the same across edits.
  const latest = useRef(clusters);
  useEffect(() => {
    latest.current = clusters;
  });
  const confirmDelete = useCallback(
    (key: string) => {
      const cluster = latest.current.find((item) => item.key === key);
      return cluster?.competencies.length ? `Delete ${cluster.name || "this cluster"} and its ${cluster.competencies.length} competencies?` : null;
    },
    [],
  );
  const { send, onMove, onDelete } = useListActions("cluster", confirmDelete);
  const sortItems = useMemo(() => clusters.map((item, i) => ({ key: item.key, label: displayName("cluster", item.name, i) })), [clusters]);
  const firstNumbers = useMemo(() => {
    const firsts: number[] = [];
    clusters.reduce((next, cluster) => {
      firsts.push(next);
      return next + cluster.competencies.length;
    }, 1);
    return firsts;
  }, [clusters]);
  return (
    <div className="space-y-3">
      {clusters.length ? (
        <SortableList items={sortItems} onMove={onMove} label="Clusters">
          {clusters.map((cluster, i) => {
            const first = firstNumbers[i] ?? 1;
            const name = displayName("cluster", cluster.name, i);
            return (
              <NamedRow key={cluster.key} element="cluster" item={cluster} label={`Cluster ${i + 1}`} index={i} count={clusters.length} onMove={onMove} onDelete={onDelete}>
                <ClusterCompetencies cluster={cluster} clusterName={name} firstNumber={first} />
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
