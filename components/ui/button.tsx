import { Slot } from "@radix-ui/react-slot";
import type { ComponentProps } from "react";
import { clsx } from "clsx";

const variants = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  secondary: "bg-white text-ink ring-1 ring-slate-300 hover:bg-slate-100",
  danger: "bg-red-700 text-white hover:bg-red-800",
  ghost: "text-ink hover:bg-slate-100",
  ghostDanger: "text-red-800 hover:bg-slate-100",
} as const;

const sizes = { md: "px-4 py-2", sm: "px-3 py-1", xs: "px-2 py-1" } as const;

export type ButtonVariant = keyof typeof variants;
export type ButtonSize = keyof typeof sizes;

// Plain clsx, not cn(): buttons are in nearly every client bundle and tailwind-merge would add
// 8.5 kB gzip to each. So padding and colours come from `size` and `variant`, and `className`
// only adds classes that no base class sets (a width, a margin).
type ButtonProps = ComponentProps<"button"> & { variant?: ButtonVariant; size?: ButtonSize; asChild?: boolean };

export function Button({ variant = "primary", size = "md", asChild, className, ...props }: ButtonProps) {
  const Component = asChild ? Slot : "button";
  return (
    <Component
      className={clsx(
        "inline-flex items-center justify-center gap-2 rounded-md text-sm font-medium transition-colors disabled:cursor-not-allowed disabled:opacity-60",
        sizes[size],
        variants[variant],
        className,
      )}
      {...props}
    />
  );
}
