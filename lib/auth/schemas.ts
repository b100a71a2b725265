import { z } from "zod";

export const emailField = z
  .string({ message: "Enter an email address" })
  .trim()
  .toLowerCase()
  .min(1, "Enter an email address")
  .max(254, "Email addresses are at most 254 characters")
  .pipe(z.email({ message: "Enter a valid email address, like name@example.com" }));

export const signInSchema = z.object({
  email: emailField,
  password: z.string({ message: "Enter your password" }).min(1, "Enter your password").max(200, "That password is too long"),
  callbackUrl: z.string().max(500).optional(),
});

export const newPasswordField = z
  .string({ message: "Enter a password" })
  .min(12, "Use at least 12 characters")
  .max(200, "Use at most 200 characters");

export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ message: "Enter your current password" }).min(1, "Enter your current password").max(200),
    newPassword: newPasswordField,
    confirmPassword: z.string({ message: "Repeat the new password" }).max(200),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    message: "The two passwords do not match",
    path: ["confirmPassword"],
  });
