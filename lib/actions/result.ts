export type FieldErrors = Record<string, string[] | undefined>;

export type ActionResult<T = undefined> =
  | { ok: true; message?: string; data?: T }
  | { ok: false; message: string; fieldErrors?: FieldErrors };

/** The state a form starts with before its first submission. */
export type ActionState<T = undefined> = ActionResult<T> | null;

/** What a form component accepts: any action built by defineAction. */
export type FormAction = (previous: ActionState<unknown>, formData: FormData) => Promise<ActionResult<unknown>>;
