import nodemailer from "nodemailer";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createMailer, mailerFromSettings } from "@/lib/email/mailer";

const valid = { DATABASE_URL: "postgresql://u@localhost:5432/db", AUTH_SECRET: "s".repeat(32) };

async function loadEnv(values: Record<string, string>) {
  vi.resetModules();
  for (const key of ["DATABASE_URL", "AUTH_SECRET", "JOBS", "SMTP_URL", "SMTP_FROM", "APP_URL", "NEXT_PHASE"]) vi.stubEnv(key, values[key] ?? "");
  return (await import("@/lib/env")).getEnv;
}

afterEach(() => vi.unstubAllEnvs());

describe("email and jobs settings", () => {
  it("run jobs and send no email by default", async () => {
    const env = (await loadEnv(valid))();
    expect(env).toMatchObject({ JOBS: "on", SMTP_FROM: "Leadership programme <no-reply@localhost>" });
    expect(env.SMTP_URL).toBeUndefined();
    expect(mailerFromSettings(env)).toBeNull();
  });

  it("take an SMTP URL, a sender and JOBS=off", async () => {
    const env = (await loadEnv({ ...valid, JOBS: "off", SMTP_URL: "smtps://user:secret@mail.example.test:465", SMTP_FROM: "People team <people@example.test>" }))();
    expect(env).toMatchObject({ JOBS: "off", SMTP_URL: "smtps://user:secret@mail.example.test:465", SMTP_FROM: "People team <people@example.test>" });
    expect(mailerFromSettings(env)).not.toBeNull();
  });

  it("refuse a mail server address that is not smtp(s), and an unknown JOBS value", async () => {
    await expect(loadEnv({ ...valid, SMTP_URL: "https://mail.example.test" }).then((getEnv) => getEnv())).rejects.toThrow(/SMTP_URL must be an smtp/);
    await expect(loadEnv({ ...valid, JOBS: "maybe" }).then((getEnv) => getEnv())).rejects.toThrow(/JOBS/);
  });
});

describe("the mailer", () => {
  it("sends from the configured sender through the transport", async () => {
    const transport = nodemailer.createTransport({ jsonTransport: true });
    const send = vi.spyOn(transport, "sendMail");
    const mailer = createMailer(transport, "People team <people@example.test>");
    expect(await mailer.send({ to: "lena@example.test", subject: "Agreed action overdue", text: "Hello" })).toBe(true);
    const info = (await send.mock.results[0]?.value) as { message: string };
    expect(JSON.parse(info.message)).toMatchObject({
      from: { address: "people@example.test", name: "People team" },
      to: [{ address: "lena@example.test" }],
      subject: "Agreed action overdue",
      text: "Hello",
    });
  });

  it("never throws: a failed send is a warning and `false`", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const mailer = createMailer({ sendMail: () => Promise.reject(new Error("connection refused")) }, "x@example.test");
    expect(await mailer.send({ to: "lena@example.test", subject: "Agreed action overdue", text: "Hello" })).toBe(false);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("connection refused"));
    warn.mockRestore();
  });
});
