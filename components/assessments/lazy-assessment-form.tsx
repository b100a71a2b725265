"use client";

import { Suspense, type ComponentProps } from "react";
import dynamic from "next/dynamic";

/**
 * The form in its own chunk: the server renders it into the page as usual (the radio buttons
 * work at once), and its JavaScript loads after the route's first-load JavaScript.
 */
const AssessmentForm = dynamic(() => import("./assessment-form").then((module) => module.AssessmentForm));

export function LazyAssessmentForm(props: ComponentProps<typeof AssessmentForm>) {
  return (
    <Suspense>
      <AssessmentForm {...props} />
    </Suspense>
  );
}
