import { describe, expect, test } from 'vitest';
import { liveUrl } from './live';

describe("a meeting's live channel", () => {
  test('is on the page’s own server, encrypted when the page is', () => {
    expect(liveUrl('https://trellis.example/meetings/4', 4, null, null).href).toBe('wss://trellis.example/api/v1/live?topic=meeting%3A4');
    expect(liveUrl('http://127.0.0.1:8080/meetings/4', 4, null, null).href).toBe('ws://127.0.0.1:8080/api/v1/live?topic=meeting%3A4');
  });

  test('a reconnect asks for what happened since the last event seen', () => {
    const url = liveUrl('https://trellis.example/meetings/4', 4, 17, 'e9');
    expect(url.searchParams.get('since')).toBe('17');
    expect(url.searchParams.get('epoch')).toBe('e9');
  });
});
