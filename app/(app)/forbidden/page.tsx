import Link from "next/link";
import { Card } from "@/components/ui/card";

export const metadata = { title: "Not available to you" };

export default function ForbiddenPage() {
  return (
    <Card className="max-w-xl">
      <h1 className="text-xl font-semibold">This page is not part of your role</h1>
      <p className="mt-2 text-sm text-muted">
        Pages are shown according to the hats you hold in the programme. If you think you should see this page, ask your HR team to
        give you the right role.
      </p>
      <Link href="/" className="mt-4 inline-block text-sm font-medium text-brand-700 underline">
        Go to your home page
      </Link>
    </Card>
  );
}
