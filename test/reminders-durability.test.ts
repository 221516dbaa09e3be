// The embedded store keeps schedules across a SIGKILL: a child process saves them and is
// killed without any shutdown; a new scheduler over the same file loads every one.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeKeyv, createKeyv } from '../bot/storage';
import { FakeClock } from '../reminders/clock';
import type { KeyvLike } from '../reminders/store';
import { makeHarness } from './reminders-helpers';

test('schedules saved by a process killed with SIGKILL are all there after restart', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'board-rem-kill-'));
  const child = spawn(process.execPath, ['-r', '@swc-node/register', path.join(__dirname, 'reminders-child.ts'), dataDir, '25'], {
    cwd: path.join(__dirname, '..'),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => d.toString().includes('saved') && resolve());
    child.on('exit', (code) => reject(new Error(`child exited early (${code})`)));
  });
  child.kill('SIGKILL');
  await new Promise((r) => child.once('exit', r));

  const keyv = createKeyv('reminders', { dataDir, prefix: 'durable' });
  try {
    const clock = new FakeClock(Date.now());
    const h = makeHarness({ start: 0, clock, keyv: keyv as unknown as KeyvLike });
    expect(await h.scheduler.start()).toEqual({ loaded: 25 });
    expect(await h.store.listConversation('conv-7')).toHaveLength(1);
    await h.scheduler.stop();
  } finally {
    await closeKeyv(keyv);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}, 60_000);
