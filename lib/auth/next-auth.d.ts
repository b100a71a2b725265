import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface User {
    organisationId?: string;
  }
  interface Session {
    user: { id: string; organisationId?: string } & DefaultSession["user"];
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    personId?: string;
    organisationId?: string;
  }
}
