import Link from "next/link";
import { Card } from "@/components/ui/card";

export default function NotFound() {
  return (
    <Card className="max-w-xl">
      <h1 className="text-xl font-semibold">We could not find that page</h1>
      <p className="mt-2 text-sm text-muted">
        It may have been removed, or the link may be wrong. Records from other organisations are never shown.
      </p>
      <Link href="/" className="mt-4 inline-block text-sm font-medium text-brand-700 underline">
        Go to your home page
      </Link>
    </Card>
  );
}
