"use client";

import { Suspense, type ComponentProps } from "react";
import dynamic from "next/dynamic";

/**
 * The plan's forms and buttons in their own chunks: the server renders them into the page as
 * usual, and their JavaScript loads after the route's first-load JavaScript, which keeps the
 * plan pages within their budget.
 */
const PlanActionForm = dynamic(() => import("./action-form").then((module) => module.PlanActionForm));
const AddGoalForm = dynamic(() => import("./goal-forms").then((module) => module.AddGoalForm));
const RenameGoalForm = dynamic(() => import("./goal-forms").then((module) => module.RenameGoalForm));
const InlineActionButton = dynamic(() => import("./inline-action-button").then((module) => module.InlineActionButton));
const ConfirmActionButton = dynamic(() => import("@/components/inductions/templates/confirm-action-button").then((module) => module.ConfirmActionButton));

export function LazyPlanActionForm(props: ComponentProps<typeof PlanActionForm>) {
  return (
    <Suspense>
      <PlanActionForm {...props} />
    </Suspense>
  );
}

export function LazyAddGoalForm(props: ComponentProps<typeof AddGoalForm>) {
  return (
    <Suspense>
      <AddGoalForm {...props} />
    </Suspense>
  );
}

export function LazyRenameGoalForm(props: ComponentProps<typeof RenameGoalForm>) {
  return (
    <Suspense>
      <RenameGoalForm {...props} />
    </Suspense>
  );
}

export function LazyInlineActionButton(props: ComponentProps<typeof InlineActionButton>) {
  return (
    <Suspense>
      <InlineActionButton {...props} />
    </Suspense>
  );
}

export function LazyConfirmActionButton(props: ComponentProps<typeof ConfirmActionButton>) {
  return (
    <Suspense>
      <ConfirmActionButton {...props} />
    </Suspense>
  );
}
