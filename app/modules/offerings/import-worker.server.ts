// Worker thread of a large web import (see import-jobs.server.ts): its own database connection, the same
// synchronous import code. Progress goes to the main thread by message and, while the worker only reads,
// into the job row.
import { parentPort, workerData } from "node:worker_threads";
import { closeDb } from "@db/client.server";
import { recordProgress, runJob, type JobTask } from "./import-jobs.server";

const task = workerData as JobTask;
let lastWrite = 0;

runJob(task, (processed, total) => {
  parentPort?.postMessage({ processed, total });
  // An import's second half is writing: its transaction holds the write lock, so only the message goes out.
  const writing = task.kind === "import" && processed > total / 2;
  if (!writing && performance.now() - lastWrite > 250) {
    recordProgress(task.jobId, processed, total);
    lastWrite = performance.now();
  }
});
closeDb();
