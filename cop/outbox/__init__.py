"""The outbox: everything that leaves the database (emails and background jobs) is first a
row, written in the same transaction as the change that causes it, and delivered exactly
once by a claimed, leased sweep.

- `channels.py`: a channel is one table of outbox rows and how its rows are delivered
  (session reminders, survey emails, and `OutboxMessage` for everything else). Apps
  register their channels and message kinds when they start; nothing here imports them.
- `engine.py`: what every channel shares: claiming due rows in batches (FOR UPDATE SKIP
  LOCKED), queueing a delivery task once the claim is committed, the compare-and-set that
  takes a claimed row over just before delivery, leases and their recovery, backoff, and
  final failure (kept, shown to site admins on the deliveries page and sent again
  from there).
- `mail.py`: sending a batch of claimed emails over one connection.
- `messages.py`: `enqueue(kind, object_id)` for emails and jobs caused by a request.
- `selectors.py`: how each channel stands, for the deliveries page.
- `tasks.py`: the beat sweep of every channel and the delivery task.

A request never waits on the broker: on commit it tries to queue delivery at once, and if
the broker is down it logs that and leaves the row to the next sweep."""
