import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getEnv } from "@/lib/env";
import { clientAddress } from "./client-address";
import { cookieSettings } from "./cookies";
import { verifyPassword } from "./password";
import { isSignInLocked, recordSignInAttempt } from "./rate-limit";
import { signInSchema } from "./schemas";
import { findActivePersonByEmail, findSignInCandidate } from "./sign-in-queries";

export class TooManyAttempts extends CredentialsSignin {
  code = "rate_limited";
}

function ssoProvider(): NextAuthConfig["providers"] {
  const env = getEnv();
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) return [];
  return [
    {
      id: "sso",
      name: env.OIDC_NAME,
      type: "oidc",
      issuer: env.OIDC_ISSUER,
      clientId: env.OIDC_CLIENT_ID,
      clientSecret: env.OIDC_CLIENT_SECRET,
    },
  ];
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: getEnv().AUTH_SECRET,
  trustHost: true,
  ...cookieSettings(getEnv().APP_URL),
  session: { strategy: "jwt", maxAge: 12 * 60 * 60, updateAge: 60 * 60 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  // A wrong password is an everyday event, not a server error worth a stack trace.
  logger: {
    error(error) {
      if (!(error instanceof CredentialsSignin)) console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const address = clientAddress(request.headers, getEnv().TRUST_PROXY);
        if (await isSignInLocked(email, address)) throw new TooManyAttempts();

        const candidate = await findSignInCandidate(email);
        const ok = candidate?.passwordHash ? await verifyPassword(candidate.passwordHash, password) : false;
        await recordSignInAttempt(email, address, ok);
        if (!ok || !candidate) return null;
        return { id: candidate.id, email: candidate.email, name: candidate.name, organisationId: candidate.organisationId };
      },
    }),
    ...ssoProvider(),
  ],
  callbacks: {
    // SSO never creates accounts: the email must belong to an active person HR has added.
    async signIn({ user, account }) {
      if (account?.provider !== "sso") return true;
      return Boolean(user.email && (await findActivePersonByEmail(user.email)));
    },
    async jwt({ token, user, account }) {
      if (user?.email) {
        const person = account?.provider === "sso" ? await findActivePersonByEmail(user.email) : null;
        token.personId = person?.id ?? user.id;
        token.organisationId = person?.organisationId ?? user.organisationId;
      }
      return token;
    },
    async session({ session, token }) {
      if (token.personId) session.user.id = token.personId;
      session.user.organisationId = token.organisationId;
      return session;
    },
  },
}));
