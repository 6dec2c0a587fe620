// The CSV download of a network's offerings, streamed in pieces.
import { contentDisposition } from "~/modules/uploads/uploads.server";
import { exportOfferingsCsvChunks } from "./export.server";
import { nowDate } from "~/modules/time/clock";
import { berlinDate } from "~/modules/time/dates";

export function exportFileName(networkSlug: string, now = nowDate()): string {
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
