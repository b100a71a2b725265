import { z } from "zod";
import { newKey, type FrameworkDocument } from "./document";
import type { FrameworkEdit } from "./edit";
import { FRAMEWORK_LIMITS } from "./limits";
import { FRAMEWORK, joinLocation, PROFICIENCY_SCALE } from "./locations";

export { FRAMEWORK_LIMITS };

const capitalised = (label: string) => `${label[0]?.toUpperCase() ?? ""}${label.slice(1)}`;

/** PostgreSQL cannot store NUL, and a lone UTF-16 surrogate has no UTF-8 form. */
const storable = (value: string) => !value.includes("\u0000") && value.isWellFormed();

/** Text that may be blank while a draft is being written; completeness catches blanks before publishing. */
export function textField(label: string, max: number) {
  return z
    .string({ message: `${capitalised(label)} must be text` })
    .trim()
    .max(max, `Keep ${label} to ${max} characters or fewer`)
    .refine(storable, `${capitalised(label)} contains a character that cannot be stored`);
}

/** Names are one line: runs of spaces and line breaks become one space. */
export function nameField(label: string, max: number = FRAMEWORK_LIMITS.name) {
  return z
    .string({ message: `${capitalised(label)} must be text` })
    .overwrite((value) => value.replace(/\s+/g, " "))
    .trim()
    .max(max, `Keep ${label} to ${max} characters or fewer`)
    .refine(storable, `${capitalised(label)} contains a character that cannot be stored`);
}

export const keyField = z
  .string({ message: "Every element needs a key" })
  .regex(/^[A-Za-z0-9_-]{1,64}$/, "A key must be 1 to 64 letters, digits, hyphens or underscores");

export const frameworkNameField = nameField("the name");
export const descriptionField = textField("the description", FRAMEWORK_LIMITS.description);
export const expectationTextField = textField("the expectation", FRAMEWORK_LIMITS.expectationText);
export const indicatorTextField = textField("the indicator", FRAMEWORK_LIMITS.indicatorText);

const tagField = nameField("each tag", FRAMEWORK_LIMITS.tag).min(1, "A tag cannot be blank");

export const tagsField = z
  .array(tagField, { message: "Tags must be a list" })
  .max(FRAMEWORK_LIMITS.tagsPerCompetency, `A competency can have at most ${FRAMEWORK_LIMITS.tagsPerCompetency} tags`)
  .refine((tags) => new Set(tags.map((tag) => tag.toLowerCase())).size === tags.length, "Use each tag only once");

const flagField = (label: string) => z.boolean({ message: `${capitalised(label)} must be true or false` });

const namedElement = {
  key: keyField,
  name: frameworkNameField,
  description: descriptionField,
};

const indicatorSchema = z.object({ key: keyField, text: indicatorTextField });

const expectationSchema = z.object({
  stageKey: keyField,
  notApplicable: flagField("not applicable"),
  text: expectationTextField,
  developAhead: flagField("develop ahead of the role"),
  indicators: z
    .array(indicatorSchema, { message: "Indicators must be a list" })
    .max(FRAMEWORK_LIMITS.indicatorsPerExpectation, `An expectation can have at most ${FRAMEWORK_LIMITS.indicatorsPerExpectation} behavioural indicators`),
});

const competencySchema = z.object({
  ...namedElement,
  tags: tagsField,
  expectations: z.array(expectationSchema, { message: "Expectations must be a list" }).max(FRAMEWORK_LIMITS.stages, "A competency can have at most one expectation per stage"),
});

const clusterSchema = z.object({
  ...namedElement,
  competencies: z
    .array(competencySchema, { message: "Competencies must be a list" })
    .max(FRAMEWORK_LIMITS.competencies, `A framework can hold at most ${FRAMEWORK_LIMITS.competencies} competencies`),
});

/** Cross-references a field-by-field schema cannot see: unique keys, stages that exist, one expectation per stage. */
function checkReferences(doc: FrameworkDocument, ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  const claim = (key: string, path: (string | number)[]) => {
    if (seen.has(key)) ctx.addIssue({ code: "custom", path: [...path, "key"], message: "This key is already used by another element; every element needs its own key" });
    seen.add(key);
  };
  doc.scale.forEach((point, i) => claim(point.key, ["scale", i]));
  doc.stages.forEach((stage, i) => claim(stage.key, ["stages", i]));
  const stageKeys = new Set(doc.stages.map((stage) => stage.key));

  let competencies = 0;
  doc.clusters.forEach((cluster, c) => {
    claim(cluster.key, ["clusters", c]);
    cluster.competencies.forEach((competency, k) => {
      competencies += 1;
      const at = ["clusters", c, "competencies", k];
      claim(competency.key, at);
      const stagesUsed = new Set<string>();
      competency.expectations.forEach((expectation, e) => {
        const path = [...at, "expectations", e];
        if (!stageKeys.has(expectation.stageKey)) {
          ctx.addIssue({ code: "custom", path: [...path, "stageKey"], message: "This expectation is for a stage that is not in the framework" });
        } else if (stagesUsed.has(expectation.stageKey)) {
          ctx.addIssue({ code: "custom", path: [...path, "stageKey"], message: "This competency already has an expectation for this stage" });
        }
        stagesUsed.add(expectation.stageKey);
        expectation.indicators.forEach((indicator, i) => claim(indicator.key, [...path, "indicators", i]));
      });
    });
  });
  if (competencies > FRAMEWORK_LIMITS.competencies) {
    ctx.addIssue({ code: "custom", path: ["clusters"], message: `A framework can hold at most ${FRAMEWORK_LIMITS.competencies} competencies; this one has ${competencies}` });
  }
}

/** A whole framework version: validates a JSON import and the result of every edit. */
export const frameworkDocumentSchema = z
  .object(
    {
      name: frameworkNameField,
      description: descriptionField,
      scale: z
        .array(z.object(namedElement), { message: "The proficiency scale must be a list" })
        .max(FRAMEWORK_LIMITS.scalePoints, `A proficiency scale can have at most ${FRAMEWORK_LIMITS.scalePoints} points`),
      stages: z.array(z.object(namedElement), { message: "Stages must be a list" }).max(FRAMEWORK_LIMITS.stages, `A framework can have at most ${FRAMEWORK_LIMITS.stages} stages`),
      clusters: z.array(clusterSchema, { message: "Clusters must be a list" }).max(FRAMEWORK_LIMITS.clusters, `A framework can have at most ${FRAMEWORK_LIMITS.clusters} clusters`),
    },
    { message: "The framework must be an object" },
  )
  .superRefine(checkReferences) satisfies z.ZodType<FrameworkDocument>;

const LIST_LABELS: Record<string, string> = {
  scale: "Point",
  stages: "Stage",
  clusters: "Cluster",
  competencies: "Competency",
  expectations: "Expectation",
  indicators: "Indicator",
  tags: "Tag",
};

/** Where in a document an issue is, in words: "Cluster 2 › Competency 3 › Expectation 1". */
function issueLocation(path: readonly PropertyKey[]): string {
  const parts: string[] = path[0] === "scale" ? [PROFICIENCY_SCALE] : [];
  for (let i = 0; i < path.length; i++) {
    const label = LIST_LABELS[String(path[i])];
    const index = path[i + 1];
    if (label && typeof index === "number") {
      parts.push(`${label} ${index + 1}`);
      i += 1;
    }
  }
  return parts.length ? joinLocation(...parts) : FRAMEWORK;
}

export type DocumentIssue = { location: string; message: string };

export function documentIssues(error: z.ZodError): DocumentIssue[] {
  return error.issues.map((issue) => ({ location: issueLocation(issue.path), message: issue.message }));
}

const nameOnly = { key: keyField.default(newKey), name: frameworkNameField, description: descriptionField.default("") };
const position = (message: string) => z.number({ message }).int(message).min(0, message);
const index = position("Choose a position").optional();
const namedElementType = z.enum(["scalePoint", "stage", "cluster", "competency"], { message: "Choose what to change" });
const listedElementType = z.enum(["scalePoint", "stage", "cluster", "competency", "indicator"], { message: "Choose what to change" });

/** One change made in the editor, as the editor's server action receives it. */
export const frameworkEditSchema = z.discriminatedUnion(
  "op",
  [
    z.object({ op: z.literal("setFrameworkDetails"), name: frameworkNameField.optional(), description: descriptionField.optional() }),
    z.object({ op: z.literal("addElement"), element: z.enum(["scalePoint", "stage", "cluster"], { message: "Choose what to add" }), ...nameOnly, index }),
    z.object({ op: z.literal("addCompetency"), clusterKey: keyField, ...nameOnly, tags: tagsField.default([]), index }),
    z.object({ op: z.literal("addIndicator"), competencyKey: keyField, stageKey: keyField, key: keyField.default(newKey), text: indicatorTextField, index }),
    z.object({ op: z.literal("rename"), element: namedElementType, key: keyField, name: frameworkNameField }),
    z.object({ op: z.literal("describe"), element: namedElementType, key: keyField, description: descriptionField }),
    z.object({ op: z.literal("setTags"), key: keyField, tags: tagsField }),
    z.object({ op: z.literal("setIndicatorText"), key: keyField, text: indicatorTextField }),
    z.object({
      op: z.literal("setExpectation"),
      competencyKey: keyField,
      stageKey: keyField,
      text: expectationTextField.optional(),
      notApplicable: flagField("not applicable").optional(),
      developAhead: flagField("develop ahead of the role").optional(),
    }),
    z.object({ op: z.literal("delete"), element: listedElementType, key: keyField }),
    z.object({
      op: z.literal("move"),
      element: listedElementType,
      key: keyField,
      to: z.union([position("Choose where to move it"), z.enum(["up", "down"], { message: "Choose where to move it" })], { message: "Choose where to move it" }),
    }),
    z.object({ op: z.literal("moveCompetencyToCluster"), key: keyField, clusterKey: keyField, index }),
  ],
  { message: "Unknown change to a framework" },
) satisfies z.ZodType<FrameworkEdit>;
