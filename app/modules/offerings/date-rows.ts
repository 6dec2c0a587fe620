// The single-date rows of the offering form as submitted, and the buttons that add or remove a row
// (submit buttons, so that they work without JavaScript: the server answers with the changed rows).
export interface DateRow {
  date: string;
  startTime: string;
  endTime: string;
}

export const addDateIntent = "add-date";
export const removeDatePrefix = "remove-date-";

/** The date rows as submitted (also empty ones), for answering add/remove without JavaScript. */
export function submittedDateRows(formData: FormData): DateRow[] {
  const rows: DateRow[] = [];
  for (const [key, value] of formData) {
    const match = /^dates\[(\d{1,3})\]\.(date|startTime|endTime)$/.exec(key);
    if (!match || typeof value !== "string") continue;
    const index = Number(match[1]);
    if (index >= 100) continue;
    while (rows.length <= index) rows.push({ date: "", startTime: "", endTime: "" });
    rows[index]![match[2] as keyof DateRow] = value.slice(0, 20);
  }
  return rows;
}

/** For an add/remove button: the rows after the change; null when the form was submitted to be saved. */
export function changedDateRows(formData: FormData): DateRow[] | null {
  const intent = formData.get("intent");
  if (typeof intent !== "string") return null;
  const rows = submittedDateRows(formData);
  if (intent === addDateIntent) return [...rows, { date: "", startTime: "", endTime: "" }];
  if (intent.startsWith(removeDatePrefix)) {
    const index = Number(intent.slice(removeDatePrefix.length));
    return rows.filter((_, i) => i !== index);
  }
  return null;
}
