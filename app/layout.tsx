import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Leadership transition", template: "%s · Leadership transition" },
  description: "Turn technical experts into leaders: frameworks, charters, inductions and conversations in one place.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Rendered per request, never prerendered: Next.js can only put this response's CSP nonce
  // (proxy.ts) on its scripts while it renders.
  await connection();
  return (
    <html lang="en-GB">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
