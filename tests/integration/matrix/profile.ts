import { uniqueSuffix } from "@/tests/factories";
import { KNOWN_PASSWORD, readPerson, setKnownPassword, type MatrixEntry } from "./core";

/** Own profile: anyone signed in. */
export const PROFILE_ENTRIES: Record<string, MatrixEntry> = {
  "app/(app)/profile/actions.ts#changePasswordAction": {
    type: "action",
    access: "signed-in",
    async validInput(_world, caller) {
      if (caller) await setKnownPassword(caller);
      const newPassword = `new password ${uniqueSuffix()}`;
      return { currentPassword: KNOWN_PASSWORD, newPassword, confirmPassword: newPassword };
    },
    crossTenant: { selfScoped: "Changes only the caller's own password (the id comes from the session, not the input), so there is no id to point at another organisation." },
    fields: {
      currentPassword: { kind: "password", min: 1, max: 200, required: true },
      newPassword: { kind: "password", min: 12, max: 200, required: true, copyTo: ["confirmPassword"] },
      confirmPassword: { kind: "password", min: 0, max: 200, required: true },
    },
    async readBack(_world, caller) {
      return { newPassword: (await readPerson(caller.id)).passwordHash ?? undefined };
    },
  },
};
