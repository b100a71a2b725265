import { describe, expect, it } from "vitest";
import { replaceSection } from "@/lib/bench/readme";

const README = [
  "# App",
  "",
  "## Quick start",
  "",
  "```bash",
  "## not a heading inside a code block",
  "npm start",
  "```",
  "",
  "## Performance",
  "",
  "Old figures.",
  "",
  "### Old sub-heading",
  "",
  "| a | b |",
  "",
  "## Design decisions",
  "",
  "- Kept.",
  "",
].join("\n");

describe("replaceSection", () => {
  it("replaces the body of the section, keeping its heading, its sub-headings' place and everything around it", () => {
    const updated = replaceSection(README, "## Performance", "New figures.\n\n### Server\n\n| x |\n");
    expect(updated).toBe(README.replace("Old figures.\n\n### Old sub-heading\n\n| a | b |", "New figures.\n\n### Server\n\n| x |"));
    expect(updated).toContain("## Design decisions\n\n- Kept.");
    expect(updated).toContain("## not a heading inside a code block");
  });

  it("gives the same document when run twice with the same body", () => {
    const once = replaceSection(README, "## Performance", "Figures.");
    expect(replaceSection(once, "## Performance", "Figures.")).toBe(once);
  });

  it("ignores a matching line inside a code block", () => {
    const fenced = "# App\n\n```\n## Performance\n```\n\n## Performance\n\nOld.\n";
    expect(replaceSection(fenced, "## Performance", "New.")).toBe("# App\n\n```\n## Performance\n```\n\n## Performance\n\nNew.\n");
  });

  it("replaces up to the end when the section is the last one", () => {
    expect(replaceSection("# App\n\n## Performance\n\nOld.\n", "## Performance", "New.")).toBe("# App\n\n## Performance\n\nNew.\n");
  });

  it("refuses a document without the section", () => {
    expect(() => replaceSection("# App\n\n## Other\n", "## Performance", "New.")).toThrow('no "## Performance" section');
  });
});
