/** A file or an import refused, with what a person can fix: `problems` lists each, where and what. */
export class PortabilityError extends Error {
  constructor(
    message: string,
    public readonly problems: string[] = [],
  ) {
    super(message);
    this.name = "PortabilityError";
  }

  /** The message and its problems, a few at most, as lines for a terminal or a page. */
  describe(shown = 20): string {
    const more = this.problems.length - shown;
    return [this.message, ...this.problems.slice(0, shown).map((line) => `  - ${line}`), ...(more > 0 ? [`  … and ${more} more.`] : [])].join("\n");
  }
}
