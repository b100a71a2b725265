import { clsx, type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

/**
 * Joins classes and lets a caller's class replace a conflicting base one (a Badge's bg-* over the
 * default). tailwind-merge is 8.5 kB gzip in a client bundle, so components that reach the
 * browser on most pages (buttons, fields, the navigation) use plain clsx and avoid conflicts.
 */
export function cn(...inputs: ClassValue[]) {
  return twMerge(clsx(inputs));
}
