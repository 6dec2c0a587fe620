// "Nach oben" / "Nach unten" buttons of an entry in an ordered list; each posts intent up/down with the
// entry's id in the hidden field `field`. No button where the entry cannot move.
import { Form } from "@remix-run/react";
import { useT } from "~/modules/i18n/use-t";

export function MoveButtons({
  field,
  id,
  title,
  first,
  last,
}: {
  field: string;
  id: number;
  title: string;
  first: boolean;
  last: boolean;
}) {
  const t = useT();
  return (
    <>
      {(["up", "down"] as const).map((direction) =>
        (direction === "up" ? !first : !last) ? (
          <Form method="post" key={direction}>
            <input type="hidden" name={field} value={id} />
            <button
              type="submit"
              name="intent"
              value={direction}
              aria-label={t(
                direction === "up"
                  ? "criteria.moveUpLabel"
                  : "criteria.moveDownLabel",
                { title }
              )}
              className="rounded border border-slate-500 bg-white px-3 py-1 text-sm hover:bg-slate-100"
            >
              {t(direction === "up" ? "criteria.moveUp" : "criteria.moveDown")}
            </button>
          </Form>
        ) : null
      )}
    </>
  );
}
