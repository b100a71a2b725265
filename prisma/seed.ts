import { createPrismaClient } from "@/lib/db/create-client";
import { seedDemoOrganisation } from "./seed-demo";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: point it at the database to seed.");
  const db = createPrismaClient(url, 1);
  try {
    const created = await seedDemoOrganisation(db);
    console.info(created ? "Seeded the demo organisation." : "The demo organisation already exists; nothing to do.");
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
