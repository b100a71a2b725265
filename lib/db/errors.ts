/** Typed failures from the data layer; the action wrapper maps each to a message once. */
export class NotFoundError extends Error {
  constructor(what = "record") {
    super(`That ${what} does not exist or is not in your organisation.`);
    this.name = "NotFoundError";
  }
}

export class ConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConflictError";
  }
}

export class ForbiddenError extends Error {
  constructor(message = "You do not have permission to do that.") {
    super(message);
    this.name = "ForbiddenError";
  }
}

/** Input that passed the schema but breaks a rule only the data can check. */
export class InvalidError extends Error {
  constructor(
    public readonly fieldErrors: Record<string, string[]>,
    message = "Please correct the highlighted fields.",
  ) {
    super(message);
    this.name = "InvalidError";
  }
}
