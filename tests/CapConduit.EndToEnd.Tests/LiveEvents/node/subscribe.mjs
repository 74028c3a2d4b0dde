// Subscribes to callEvents with the npm package graphql-ws and prints the first event as one JSON line.
// Usage: node subscribe.mjs <ws-url> <access-token>
// Prints "ACKNOWLEDGED" once the server sent connection_ack; exits 0 after the first event, 1 on any error.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [url, token] = process.argv.slice(2);
if (!url || !token) {
  console.error('usage: node subscribe.mjs <ws-url> <access-token>');
  process.exit(2);
}

const client = createClient({
  url,
  webSocketImpl: WebSocket,
  connectionParams: { Authorization: `Bearer ${token}` },
  retryAttempts: 0,
  lazy: false,
  on: { connected: () => console.log('ACKNOWLEDGED') },
});

const query = `subscription {
  callEvents { type callId occurredAt sellerId campaignId campaignName didNumber clientId clientName outcome }
}`;

// Never hang a test run: give up after 60 s.
const watchdog = setTimeout(() => { console.error('timed out waiting for an event'); process.exit(1); }, 60_000);

client.subscribe({ query }, {
  next: (result) => {
    console.log(JSON.stringify(result));
    clearTimeout(watchdog);
    client.dispose().finally(() => process.exit(result.errors ? 1 : 0));
  },
  error: (error) => {
    console.error('subscription error', error instanceof Error ? error.message : JSON.stringify(error));
    process.exit(1);
  },
  complete: () => {},
});
