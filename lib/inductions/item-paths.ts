/** What a change to an induction's items reports back, and the pages that show them, to refresh after it. */
export type ChangedInduction = { inductionId: string; personId: string; inductionStatus?: string };

export function inductionPaths(_input: unknown, changed: ChangedInduction): string[] {
  return ["/me", "/me/reflections", "/tasks", "/team", `/team/${changed.personId}`, `/hr/enrolments/${changed.inductionId}`];
}

/** The success message of a change that may have settled the induction's last item. */
export function settledMessage(done: string) {
  return (changed: ChangedInduction) => (changed.inductionStatus === "COMPLETED" ? `${done} That was the last item to settle: the induction is complete.` : done);
}
