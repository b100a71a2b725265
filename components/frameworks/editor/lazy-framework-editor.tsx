"use client";

import { Suspense, type ComponentProps } from "react";
import dynamic from "next/dynamic";

/**
 * The editor in its own chunk: the server renders it into the page as usual, and its
 * JavaScript loads after the route's first-load JavaScript, so the page shows (and the rest
 * of it responds) before the editor's code has arrived. The boundary lets the shell hydrate
 * without waiting for it.
 */
const FrameworkEditor = dynamic(() => import("./framework-editor").then((module) => module.FrameworkEditor));

export function LazyFrameworkEditor(props: ComponentProps<typeof FrameworkEditor>) {
  return (
    <Suspense>
      <FrameworkEditor {...props} />
    </Suspense>
  );
}
