import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Accessibility" };

export default function AccessibilityPage() {
  return (
    <main className="mx-auto max-w-2xl px-4 py-12">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Leadership transition</p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight text-ink">Accessibility</h1>
      <div className="mt-6 space-y-6 text-sm leading-6 text-ink">
        <p>
          Everyone who takes part in a leadership programme should be able to use this app: the HR team who run it, the new leaders
          going through it, their managers and their coaches. That includes people who use a keyboard instead of a mouse, a screen
          reader, magnification or their browser&apos;s zoom.
        </p>

        <section aria-labelledby="what-we-test" className="space-y-2">
          <h2 id="what-we-test" className="text-lg font-semibold">
            What we test
          </h2>
          <ul className="list-disc space-y-2 pl-5">
            <li>
              <strong>Keyboard use.</strong> Every page works with a keyboard alone, and you can always see where the focus is. Anything
              you can drag with a mouse, such as the stages and competencies of a framework, can also be moved with the keyboard or with
              its move buttons.
            </li>
            <li>
              <strong>Automated checks.</strong> Our browser tests run axe, an accessibility checker, on every main page, and a change
              does not go out while it reports a problem.
            </li>
            <li>
              <strong>Screen-reader announcements.</strong> When you pick up, move and drop an item, the app says what you are holding
              and where it would go. Whether your changes have been saved, and any error, is announced as well.
            </li>
            <li>
              <strong>Forms.</strong> Every field has a label, and when something needs fixing the message appears next to the field it
              belongs to and is read out with it.
            </li>
          </ul>
        </section>

        <section aria-labelledby="known-limits" className="space-y-2">
          <h2 id="known-limits" className="text-lg font-semibold">
            What is not as good as it should be
          </h2>
          <p>
            A framework&apos;s matrix of competencies and stages is wide. On a narrow screen, or when zoomed in a long way, it scrolls
            sideways inside its own box rather than reflowing.
          </p>
        </section>

        <section aria-labelledby="report" className="space-y-2">
          <h2 id="report" className="text-lg font-semibold">
            Telling us about a problem
          </h2>
          <p>
            If something is hard or impossible to use, tell your HR team. Say which page you were on, what you were trying to do and
            anything you use to help you, such as a screen reader or zoom. They will pass it on to the people who look after the app,
            and help you get the task done in the meantime.
          </p>
        </section>

        <p>
          <Link href="/" className="font-medium text-brand-700 underline">
            Back to the app
          </Link>
        </p>
      </div>
    </main>
  );
}
