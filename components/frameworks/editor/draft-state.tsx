"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { editFrameworkDraftAction } from "@/app/(app)/hr/frameworks/actions";
import type { FrameworkDocument } from "@/lib/frameworks/document";
import { applyEdit, FrameworkEditError, type FrameworkEdit } from "@/lib/frameworks/edit";

/**
 * The editor's state: the document as the person sees it, the last document and revision
 * the server accepted, and a queue of edits sent one at a time (each needs the revision the
 * previous one produced). Edits show at once (applyEdit) and are then confirmed or refused.
 */

export type SaveStatus = "idle" | "saving" | "saved" | "error" | "blocked";

/** Sends one edit; `fieldId` is where a refusal's message is shown. */
export type Send = (edit: FrameworkEdit, fieldId?: string) => void;

type Errors = Readonly<Record<string, string[]>>;

const SendContext = createContext<Send>(() => undefined);
const ErrorsContext = createContext<Errors>({});
const BlockedContext = createContext<string | null>(null);

export const useSend = () => useContext(SendContext);
export const useFieldErrors = (fieldId: string): string[] | undefined => useContext(ErrorsContext)[fieldId];
export const useBlocked = () => useContext(BlockedContext);

type Queued = { edit: FrameworkEdit; fieldId?: string };

const oneLine = (value: string) => value.replace(/\s+/g, " ").trim();

/**
 * Tidies text the way the server's schema does (names on one line, text trimmed), so the
 * draft shown matches the draft saved. Lengths are capped by the fields themselves; anything
 * else the server refuses comes back as a message by the field. (zod stays on the server,
 * which keeps the editor's JavaScript small.)
 */
function tidy(edit: FrameworkEdit): FrameworkEdit {
  switch (edit.op) {
    case "setFrameworkDetails":
      return { ...edit, name: edit.name === undefined ? undefined : oneLine(edit.name), description: edit.description?.trim() };
    case "addElement":
      return { ...edit, name: oneLine(edit.name), description: edit.description.trim() };
    case "addCompetency":
      return { ...edit, name: oneLine(edit.name), description: edit.description.trim(), tags: edit.tags.map(oneLine) };
    case "rename":
      return { ...edit, name: oneLine(edit.name) };
    case "describe":
      return { ...edit, description: edit.description.trim() };
    case "setTags":
      return { ...edit, tags: edit.tags.map(oneLine) };
    case "addIndicator":
    case "setIndicatorText":
      return { ...edit, text: edit.text.trim() };
    case "setExpectation":
      return { ...edit, text: edit.text?.trim() };
    default:
      return edit;
  }
}

const OFFLINE = "We could not reach the server, so your change was not saved. Check your connection, then reload the page.";

function withError(errors: Errors, fieldId: string | undefined, messages: string[] | undefined): Errors {
  if (!fieldId) return errors;
  if (!messages) {
    if (!(fieldId in errors)) return errors;
    const next = { ...errors };
    delete next[fieldId];
    return next;
  }
  return { ...errors, [fieldId]: messages };
}

export function useDraftState(versionId: string, initialDoc: FrameworkDocument, initialRevision: number) {
  const [doc, setDoc] = useState(initialDoc);
  const [status, setStatus] = useState<SaveStatus>("idle");
  const [blocked, setBlocked] = useState<string | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const docRef = useRef(initialDoc);
  const confirmed = useRef({ doc: initialDoc, revision: initialRevision });
  const queue = useRef<Queued[]>([]);
  const running = useRef(false);
  const isBlocked = useRef(false);

  const show = useCallback((next: FrameworkDocument) => {
    docRef.current = next;
    setDoc(next);
  }, []);

  const block = useCallback((message: string) => {
    isBlocked.current = true;
    queue.current = [];
    setBlocked(message);
    setStatus("blocked");
  }, []);

  const pump = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    let refused = false;
    setStatus("saving");
    while (queue.current.length > 0 && !isBlocked.current) {
      const [item] = queue.current;
      if (!item) break;
      let result: Awaited<ReturnType<typeof editFrameworkDraftAction>>;
      try {
        result = await editFrameworkDraftAction(null, { versionId, revision: confirmed.current.revision, edit: item.edit });
      } catch {
        result = { ok: false, message: OFFLINE };
      }
      queue.current.shift();
      if (result.ok && result.data) {
        try {
          confirmed.current = { doc: applyEdit(confirmed.current.doc, item.edit), revision: result.data.revision };
        } catch {
          block("This draft changed in a way the editor did not expect. Reload the page to see the latest draft.");
          break;
        }
        setErrors((current) => withError(current, item.fieldId, undefined));
      } else if (!result.ok && result.fieldErrors) {
        // Refused as invalid: nothing was saved. Show the message by the field and rebuild
        // what the person sees from the confirmed draft plus the edits still waiting.
        refused = true;
        const messages = Object.values(result.fieldErrors).flatMap((list) => list ?? []);
        const fieldId = item.fieldId ?? "general";
        const message = result.message;
        setErrors((current) => withError(current, fieldId, messages.length ? messages : [message]));
        let rebuilt = confirmed.current.doc;
        for (const waiting of queue.current) {
          try {
            rebuilt = applyEdit(rebuilt, waiting.edit);
          } catch {
            // An edit that depended on the refused one is dropped with it.
          }
        }
        show(rebuilt);
      } else {
        block(result.ok ? "The server did not confirm your change. Reload the page to see the latest draft." : result.message);
      }
    }
    running.current = false;
    if (!isBlocked.current) setStatus(refused ? "error" : "saved");
  }, [versionId, block, show]);

  const send = useCallback<Send>(
    (edit, fieldId) => {
      if (isBlocked.current) return;
      const tidied = tidy(edit);
      let next: FrameworkDocument;
      try {
        next = applyEdit(docRef.current, tidied);
      } catch (error) {
        if (error instanceof FrameworkEditError) block(error.message);
        else throw error;
        return;
      }
      setErrors((current) => withError(current, fieldId, undefined));
      show(next);
      queue.current.push({ edit: tidied, fieldId });
      void pump();
    },
    [block, pump, show],
  );

  // Leaving while edits are still on their way would lose them: ask first.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (queue.current.length > 0 && !isBlocked.current) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  return { doc, status, blocked, errors, send };
}

export function DraftProviders({ send, errors, blocked, children }: { send: Send; errors: Errors; blocked: string | null; children: ReactNode }) {
  const stableErrors = useMemo(() => errors, [errors]);
  return (
    <SendContext value={send}>
      <BlockedContext value={blocked}>
        <ErrorsContext value={stableErrors}>{children}</ErrorsContext>
      </BlockedContext>
    </SendContext>
  );
}
