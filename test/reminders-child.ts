// Child process for the durability test: saves schedules into the embedded store, says so,
// then waits to be killed (SIGKILL: no shutdown, no flush).
import { createKeyv } from '../bot/storage';
import { systemClock } from '../reminders/clock';
import { RemindersService } from '../reminders/service';
import { KeyvScheduleStore, type KeyvLike } from '../reminders/store';

async function main(): Promise<void> {
  const [dataDir, count] = [process.argv[2]!, Number(process.argv[3])];
  const store = new KeyvScheduleStore(createKeyv('reminders', { dataDir, prefix: 'durable' }) as unknown as KeyvLike);
  const service = new RemindersService({ store, clock: systemClock });
  for (let i = 0; i < count; i++) {
    const p = service.preview('board meets every second Tuesday at 14:00, remind us the day before');
    if (!p.ok) throw new Error(p.error);
    await service.save(p.draft, { conversationId: `conv-${i}`, ref: { conversation: { id: `conv-${i}` } } });
  }
  process.stdout.write('saved\n');
  setInterval(() => undefined, 1000);
}
void main();
