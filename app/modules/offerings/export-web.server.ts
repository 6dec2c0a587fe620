// The CSV download of a network's offerings, streamed in pieces.
import { contentDisposition } from "~/modules/uploads/uploads.server";
import { exportOfferingsCsvChunks } from "./export.server";

/** Today in Europe/Berlin as YYYY-MM-DD. */
export function berlinDate(now = new Date()): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

export function exportFileName(networkSlug: string, now = new Date()): string {
  return `angebote-${networkSlug}-${berlinDate(now)}.csv`;
}

export function exportResponse(network: { id: number; slug: string }): Response {
  const chunks = exportOfferingsCsvChunks(network.id);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(body, {
    status: 200,
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": contentDisposition(exportFileName(network.slug)),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
