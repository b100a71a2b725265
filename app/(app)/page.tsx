import { redirect } from "next/navigation";
import { homeFor } from "@/lib/auth/hats";
import { requirePerson } from "@/lib/auth/session";

export default async function HomePage() {
  const person = await requirePerson();
  redirect(homeFor(person.roles));
}
