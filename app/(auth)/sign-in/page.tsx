import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Button } from "@/components/ui/button";
import { getCurrentPerson } from "@/lib/auth/session";
import { getEnv, ssoEnabled } from "@/lib/env";
import { signInWithSso } from "./actions";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

const ERRORS: Record<string, string> = {
  AccessDenied: "Your single sign-on account is not set up here. Ask your HR team to add you.",
  Configuration: "Sign-in is not configured correctly. Please tell your administrator.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (await getCurrentPerson()) redirect("/");
  const params = await searchParams;
  const callbackUrl = typeof params.callbackUrl === "string" ? params.callbackUrl : undefined;
  const error = typeof params.error === "string" ? (ERRORS[params.error] ?? "We could not sign you in. Please try again.") : null;

  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm space-y-6">
        <div className="text-center">
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Leadership transition</p>
          <h1 className="mt-2 text-2xl font-semibold">Sign in</h1>
          <p className="mt-1 text-sm text-muted">From expert to leader, one step at a time.</p>
        </div>
        <div className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          {error ? (
            <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200">
              {error}
            </p>
          ) : null}
          <SignInForm callbackUrl={callbackUrl} />
          {ssoEnabled() ? (
            <form action={signInWithSso} className="border-t border-slate-200 pt-4">
              <Button type="submit" variant="secondary" className="w-full">
                Sign in with {getEnv().OIDC_NAME}
              </Button>
            </form>
          ) : null}
        </div>
        <footer className="text-center text-sm">
          <Link href="/accessibility" className="text-brand-700 underline">
            Accessibility
          </Link>
        </footer>
      </div>
    </main>
  );
}
