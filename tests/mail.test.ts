// Mail delivery: through SMTP when SMTP_URL is set (a minimal SMTP peer on loopback receives it),
// otherwise into the outbox.
import net from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@db/client.server";
import { outboxMessages } from "@db/schema";

interface Received {
  from: string;
  to: string[];
  data: string;
}

/** A tiny SMTP server speaking just enough of RFC 5321 for one client. */
function startSmtpPeer(): Promise<{ port: number; received: Received[]; close: () => void }> {
  const received: Received[] = [];
  const server = net.createServer((socket) => {
    let buffer = "";
    let inData = false;
    let current: Received = { from: "", to: [], data: "" };
    socket.write("220 localhost ESMTP test\r\n");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      let index: number;
      while ((index = buffer.indexOf("\r\n")) >= 0) {
        const line = buffer.slice(0, index);
        buffer = buffer.slice(index + 2);
        if (inData) {
          if (line === ".") {
            inData = false;
            received.push(current);
            current = { from: "", to: [], data: "" };
            socket.write("250 OK queued\r\n");
          } else current.data += line + "\n";
          continue;
        }
        const command = line.slice(0, 4).toUpperCase();
        if (command === "MAIL") current.from = line;
        if (command === "RCPT") current.to.push(line);
        if (command === "DATA") inData = true;
        if (command === "QUIT") socket.end("221 Bye\r\n");
        else if (command === "EHLO" || command === "HELO") socket.write("250 localhost\r\n");
        else if (command === "DATA") socket.write("354 End data with <CR><LF>.<CR><LF>\r\n");
        else socket.write("250 OK\r\n");
      }
    });
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      resolve({ port, received, close: () => server.close() });
    });
  });
}

let peer: Awaited<ReturnType<typeof startSmtpPeer>>;

afterAll(() => peer?.close());

describe("sendMail", () => {
  it("delivers through SMTP when SMTP_URL is set and leaves the outbox empty", async () => {
    peer = await startSmtpPeer();
    process.env.SMTP_URL = `smtp://127.0.0.1:${peer.port}?ignoreTLS=true`;
    const { sendMail } = await import("~/modules/mail/mail.server");
    await sendMail({ to: "leitung@example.org", subject: "Einladung ins Netzwerk", text: "Hallo, bitte folgen Sie dem Link." });
    expect(peer.received).toHaveLength(1);
    expect(peer.received[0]!.to[0]).toContain("leitung@example.org");
    expect(peer.received[0]!.data).toContain("Subject: Einladung ins Netzwerk");
    expect(getDb().select().from(outboxMessages).all()).toHaveLength(0);
  });
});
