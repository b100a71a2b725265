/**
 * Turns FormData into a plain object for zod: a key sent once becomes a string,
 * a key sent several times (checkbox groups) becomes an array. Files are kept as File.
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = formData.getAll(key);
    out[key] = values.length === 1 ? values[0] : values;
  }
  return out;
}
