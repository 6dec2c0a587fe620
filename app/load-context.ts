// Per-request values the Express server hands to loaders and actions.
declare module "@remix-run/node" {
  interface AppLoadContext {
    cspNonce?: string;
    clientAddress?: string;
  }
}

export {};
