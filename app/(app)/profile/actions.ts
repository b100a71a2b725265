"use server";

import { defineAction } from "@/lib/actions/define-action";
import { changePasswordSchema } from "@/lib/auth/schemas";
import { changeOwnPassword } from "@/lib/people/password";

export const changePasswordAction = defineAction(
  { access: "signed-in", schema: changePasswordSchema, success: "Your password has been changed." },
  (input, actor) => changeOwnPassword(actor, input.currentPassword, input.newPassword),
);
