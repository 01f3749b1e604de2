/**
 * The window's plumbing, without a browser: which contract client a window gets (the desktop preload or the
 * loopback bridge), the address fragment that brings a reload back to the open report, and the deadline text of
 * the start screen.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Invoke } from '../../shared/api.js';
import { connect } from '../../renderer/src/api/connect.js';
import { formatRoute, parseRoute } from '../../renderer/src/app/route.js';
import { deadlineState, likelyReportYear } from '../../renderer/src/start/deadline.js';

describe('the contract client a window gets', () => {
  it('in the desktop app, the preload’s invoke and nothing else', () => {
    const invoke = vi.fn() as unknown as Invoke;
    expect(connect({ nianbao: { invoke }, location: { hash: '#token=abc', origin: 'app://nianbao' } })).toBe(invoke);
  });

  it('opened from npm run bridge, the bridge at the page’s own origin with the token from the address', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ ok: true, value: 1 })));
    vi.stubGlobal('fetch', fetch);
    try {
      const invoke = connect({ location: { hash: '#token=t0k3n&report=4', origin: 'http://127.0.0.1:5000' } });
      await expect(invoke('reports.list', {})).resolves.toEqual({ ok: true, value: 1 });
      const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
      expect(url).toBe('http://127.0.0.1:5000/api/reports.list');
      expect((init.headers as Record<string, string>)['x-nianbao-token']).toBe('t0k3n');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('with neither, every call answers with one Chinese sentence instead of throwing', async () => {
    const invoke = connect({ location: { hash: '', origin: 'null' } });
    const result = await invoke('app.status', {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/没有连接到年报服务/);
  });
});

describe('the address fragment', () => {
  it('keeps the bridge token and names the open report, so a reload returns to it', () => {
    const hash = formatRoute('#token=abc', { screen: 'editor', reportId: 12, view: 'preview' });
    expect(new URLSearchParams(hash.slice(1)).get('token')).toBe('abc');
    expect(parseRoute(hash)).toEqual({ screen: 'editor', reportId: 12, view: 'preview' });
    expect(parseRoute(formatRoute(hash, { screen: 'start' }))).toEqual({ screen: 'start' });
    expect(parseRoute(formatRoute('', { screen: 'import' }))).toEqual({ screen: 'import' });
  });

  it('a damaged fragment opens the start screen', () => {
    for (const hash of ['#report=abc', '#report=-1', '#report=1.5', '#%%%']) expect(parseRoute(hash)).toEqual({ screen: 'start' });
  });
});

describe('the deadline shown on the start screen', () => {
  it('counts the days to 31 January for a department and 31 March for a county government', () => {
    expect(deadlineState(2026, 'department', { year: 2027, month: 1, day: 1 })).toMatchObject({ deadline: '2027-01-31', daysLeft: 30, tone: 'normal', text: '还剩 30 天（2027年1月31日截止）' });
    expect(deadlineState(2026, 'county', { year: 2027, month: 3, day: 31 })).toMatchObject({ daysLeft: 0, tone: 'soon', text: '今天截止（2027年3月31日）' });
    expect(deadlineState(2026, 'township', { year: 2027, month: 2, day: 2 })).toMatchObject({ daysLeft: -2, tone: 'overdue', text: '已逾期 2 天（2027年1月31日截止）' });
    expect(deadlineState(2026, 'department', { year: 2027, month: 1, day: 20 }).tone).toBe('soon');
  });

  it('counts across a leap day', () => {
    expect(deadlineState(2027, 'county', { year: 2028, month: 2, day: 28 }).daysLeft).toBe(32);
  });

  it('suggests this year from October (drafting starts) and last year before', () => {
    expect(likelyReportYear({ year: 2026, month: 11 })).toBe(2026);
    expect(likelyReportYear({ year: 2027, month: 1 })).toBe(2026);
  });
});
