const state = { personId: null as string | null };

/** Who the next action or page call runs as (null: signed out). */
export function signInAs(person: { id: string } | null) {
  state.personId = person?.id ?? null;
}

export function currentTestSession() {
  return state.personId ? { user: { id: state.personId } } : null;
}
