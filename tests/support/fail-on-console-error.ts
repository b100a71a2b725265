import { afterEach, beforeEach, expect, vi } from "vitest";

/**
 * A console.error fails the test unless the test said it expects one
 * (epic-stack's rule): unexpected errors are bugs, not noise.
 */
let expected = 0;
let spy: ReturnType<typeof vi.spyOn>;

export function expectConsoleError(times = 1) {
  expected += times;
}

beforeEach(() => {
  expected = 0;
  spy = vi.spyOn(console, "error").mockImplementation(() => {});
});

afterEach(() => {
  const calls = spy.mock.calls.length;
  spy.mockRestore();
  expect(calls, `console.error was called ${calls} time(s), ${expected} expected: ${JSON.stringify(spy.mock.calls)}`).toBe(expected);
});
